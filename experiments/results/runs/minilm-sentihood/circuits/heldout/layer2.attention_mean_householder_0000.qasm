// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.0754325977925867) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ba383c3450e408d8b3f0c3af6b6a2393b9de905007a3782fcb4722a084595dee
