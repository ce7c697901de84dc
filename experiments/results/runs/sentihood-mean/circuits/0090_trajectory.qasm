// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.16878897492237846) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 442745a29d6ea17fc2d29260a4ff6cc896e57835b12e79094b5b65b225dbcb2c
