// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-3.0310460592794293) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec08dcab0e669b5a7c00556892e0f092c37d77cad60c0f21bf97b07af2fbfb07
