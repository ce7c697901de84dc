// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1715264390831734) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9503ceb4d7e8fce5eef8bb4548d91e3b29bbf32f0ca9bbe15b4a5d59d8314127
