// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5806812787626798) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dd41231e3d18f5e86036518c84829ac4601ea7f1921b243c1dfd7429f5fd23aa
