// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.190202265754479) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 770c6c39b2dec2d87d9e6be28b9d8052e65b07b4c0b58b81a798a4f1e90a244c
