// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.07578149868597572) q[0];
ry(2.543383623202132) q[0];
rz(0.06265972076261761) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a0a3314b2a151eb8c68654209f01dad7f39646d49387cf95291cad875fea4912
