// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.412627591102115) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8fab65b9143749c34bfc12ebbf93da56c5ff9cb88960b7fa69ed387e83080831
