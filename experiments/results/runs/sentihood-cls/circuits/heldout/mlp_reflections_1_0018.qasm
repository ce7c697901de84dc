// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.7902633504492895) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 02855ffb3253ed139f79ec35d76a13989824d7d555f93a47e6bcc16f085c6710
