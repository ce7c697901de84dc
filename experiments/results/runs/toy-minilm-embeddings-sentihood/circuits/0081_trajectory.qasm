// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5170697963896381) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c0ba4543c3edc385cb717717f01d228b2dcf3f558e69d451112c8a631abef8c
