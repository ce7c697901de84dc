// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6897643373907807) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb26cd5c77d4360100fd342b02c03ee55fe0ec6db3b11f785b06cc7b1cafbcc3
