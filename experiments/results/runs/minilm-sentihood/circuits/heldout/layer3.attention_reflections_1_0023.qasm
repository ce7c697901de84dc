// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.160930962371944) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 afc7554c1fa1362b5556026c3c2512a8287c229aafc40d63cd1598a374e283c6
