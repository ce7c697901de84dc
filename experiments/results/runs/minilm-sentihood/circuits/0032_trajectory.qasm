// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.423303021677508) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ce0ac34c276d21f901bce28e4c5a67e861bc28e53fc15770f77a2e137034bf00
