// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6897644978833264) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 53daee6463b7f0b88e5bed8601d3ca47c5347c586ff95b236b8c9b0209a448b4
