// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2507423885496816) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c58178765b18d7c14be2f3790bb9f6bd2bd40b9ba02ee3358e5f9e91fac0ebc
