// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1522737183236818) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 42de4f394e271e7348b6fd8cac0a86279fa9a7ff9e8e939113f518a99deb0ac7
