// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.514747694287653) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df9e7e36b57dea678a8bf6a7a96e1046724093ce8a981766b66707c5d274105b
