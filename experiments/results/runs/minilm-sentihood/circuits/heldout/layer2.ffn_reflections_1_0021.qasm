// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6393709172731132) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e482c35c087b377ed473b8c04cd55926156a5ad9a7c3372cbbd35ea7337c83d6
