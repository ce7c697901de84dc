// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.8720305372541493) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9e58ef2d7ba4b0c463e6d949f2d4cbf134f38dcb19b8f8b83dea5fcb6f469cf4
