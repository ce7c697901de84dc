// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0508599776488934) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f6bd00ec42f7605bf4be3091ceda0c7fbac77ce6ae5d0d6cca9ca8ef6b3ea080
