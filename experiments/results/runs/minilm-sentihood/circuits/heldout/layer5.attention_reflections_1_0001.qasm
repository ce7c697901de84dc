// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.487077508667087) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea7408d6b77608c83f3b3ea4017ef96a3501c68006ce7aecc6cc4be6327b99d3
