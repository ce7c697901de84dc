// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3751042479414514) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ef092af4da28fba751b3a042ec0926af1f7e06fb7195e9295ece5a45f5cfc093
