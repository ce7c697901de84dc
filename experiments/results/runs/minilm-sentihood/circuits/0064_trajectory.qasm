// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7831575333667127) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 597353f57511953e43b4e1475da9c091067decaabdfb08cb8c50489ba50356a8
