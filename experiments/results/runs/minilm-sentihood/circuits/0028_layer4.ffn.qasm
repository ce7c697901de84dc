// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.48708742166893493) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 282996674bfb1f1b7c3b7f7df1596557a4e63f31c8becc2ee35b89b0de8e6e53
