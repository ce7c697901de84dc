// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1023220067289974) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fa088e9f880ea9f876c0a97f5b12d97a2ad84a71c3a992d676fa9d73cf01bcc5
