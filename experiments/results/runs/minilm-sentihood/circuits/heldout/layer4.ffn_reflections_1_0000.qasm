// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2717155311057229) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 041a65cde639e1499a2ed9f8edbbf1c33a2d2b82be03fbf0c7da2f2cc918303b
