// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2545852279160892) q[0];
ry(1.0389418048940222) q[0];
rz(-0.13121379141030243) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c2954faab68536c174e246d17ab3f3521c3839769597a72c1310831082e6353
