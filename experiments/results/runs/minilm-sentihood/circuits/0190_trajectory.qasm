// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.676714633080434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4a6f260d08bad320434ee02e2f5f96f50c66b2354dc09470416fa4e0fddb0a68
