// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.235038645558987) q[0];
ry(1.3961771586424576) q[0];
rz(-0.041578946280871776) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 22e64ec33ba5008049cd9f772376f5ebe891cc9ba2ed25c9ae9bb9b77dafe191
