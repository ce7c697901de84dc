// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.054275586033181) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1571e574b0ea35311a247d0a6af1607dfef9af7515dd4d61b8f3ef63441e6751
