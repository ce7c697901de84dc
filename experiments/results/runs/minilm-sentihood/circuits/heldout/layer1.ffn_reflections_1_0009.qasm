// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.036969568587622) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 42a5e0797b4c76677ed3fb458ec84e5c629bd9751234a210b7d9018dc2ee673d
