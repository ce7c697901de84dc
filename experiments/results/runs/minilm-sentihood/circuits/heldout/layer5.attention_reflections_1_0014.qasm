// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1416594742223922) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8fc5b89aa15b6ac8e91aeffd804adf1ceaacaa264557f110fd8f464ec13b5b2b
