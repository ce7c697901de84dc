// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2741042891716159) q[0];
ry(2.3123743933863037) q[0];
rz(0.18768951767103115) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4025413cbdd2d2da0d5e874541da4319648b12e8d7f31f62cfb7b2286c3cc76f
