// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.472350552485005) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f376a6027cef65d7c4f8d8028c4a5879f785b0adb0c7a6c638c60c2f15e87f76
