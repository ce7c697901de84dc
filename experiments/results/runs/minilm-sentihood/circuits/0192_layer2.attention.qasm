// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4622005232713262) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1ad8e207b67c299e7dfcee46f5ed6452c426caa0ddc21e7e6f8ad31a5ac7bfc4
