// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23626189338909898) q[0];
ry(1.1871736710045293) q[0];
rz(-0.08986885135815958) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 00e73c31094ffcb88bb367057bce9cf4449dfaab5984cca9ff3a9c03ee8d7187
