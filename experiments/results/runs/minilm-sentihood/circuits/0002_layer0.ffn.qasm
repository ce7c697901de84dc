// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.1605284339549926) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d9f30f0a66fca9bb3abcebd885da5f8b52b7300cbf5d3cc5d2f93b8338ec689
