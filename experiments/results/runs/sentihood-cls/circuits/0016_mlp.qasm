// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.647409704083586) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a7a4ac2eb40bd9244bc2abb836a8a4d3f6f86fb0b1a3e18ecb4c938b1753a58b
