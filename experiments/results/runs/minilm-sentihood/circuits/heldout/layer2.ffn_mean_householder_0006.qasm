// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7405897300633992) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2bc3ea815d724c634039694db5a119790edeed05491502ba8993fcca842fd638
