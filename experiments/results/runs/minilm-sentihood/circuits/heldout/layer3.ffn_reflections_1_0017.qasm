// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0554674350980775) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 890fb432dd784fad745b3e0ae6c04ad34ea709468363056e4cca20ea065b33de
