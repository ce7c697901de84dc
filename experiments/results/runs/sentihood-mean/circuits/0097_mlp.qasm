// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.2468413584467717) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 55779f2648e8cf7f9b6a505d2e5abcb3fcc8c0ac6d8940a04b9aaa97c912bd9c
