// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.2569443326071235) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a3d4c3679eaecb1627a8f79b2bd20e7b8c087cb7d9f9625c1fb0ccf77219dd99
