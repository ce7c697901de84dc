// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4402904083554042) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 668d30842515f42202f0173af17b1b993a3d1bcefcabe3c9e4b933c0dfb0fcf1
