// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.810124896603785) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d01f17f2c7b9eae481a580bbc52825ca3dd802c1f582a8ad3f1f3891f21969c5
