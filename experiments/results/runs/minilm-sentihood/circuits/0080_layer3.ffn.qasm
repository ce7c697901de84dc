// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.0142944101345672) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e3c224b2ab8c3ece9b78f8cfdd14b295f4b42f126b3e31f6dddc5ebee1be9654
