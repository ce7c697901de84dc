// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1223336590968143) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c82fe816181f5a368a48764e8d3572018975a8c5bd765a4f6b58a0bb1960fda9
