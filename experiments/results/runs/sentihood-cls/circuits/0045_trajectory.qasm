// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5325983883341836) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d8ddb8e0b3ddb0161d8943676738385b851133e41b5059dccf23a2bb54ab3c61
