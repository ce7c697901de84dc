// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2596929229000567) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e58a3251fb1fa3b9d2cad4b63012cf7a3f93e93702191e039ac6297efa63d46b
