// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1344548691128034) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 724d7e6e270bb5b9b0697c7d34e5f6949f18b919af3a9b2452476e52b2214337
