// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6566595541169669) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3f195d2af06c2c0870a69e2c3cc6f7bec4d80cfa8f0e294ceafdf51d326ebd36
