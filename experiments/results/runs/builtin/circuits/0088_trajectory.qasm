// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8789967152822261) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 37c8a70a0852be464a20d3a07690ed4e9c530ed7f288fd240368d33cabfe5b94
