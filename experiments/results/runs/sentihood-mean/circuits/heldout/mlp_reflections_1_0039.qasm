// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9757088740230553) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4d092e7b966f37058bde54d2f10940b3cb4e3595e9b1cfd2ab194885d85b9b1f
