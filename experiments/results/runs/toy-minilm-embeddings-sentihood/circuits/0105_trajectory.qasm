// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.035132438761482) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ba0f6c3fe6b791e6cd37f48b2e1ed1a8596782483b79d7effd62fb4249e52b5c
