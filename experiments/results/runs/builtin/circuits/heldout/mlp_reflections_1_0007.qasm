// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.606512816383728) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ea28b4c4e8bd738848d72bf8e0ce4cf1f1b2d51c1c86bf44446452064e42a7d
