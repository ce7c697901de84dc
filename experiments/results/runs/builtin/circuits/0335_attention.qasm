// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.0400921276519948) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4d45c3f8c5a292d70de8569adc4d9dae7a1fcfa42fb3aa84d8b5d9d26e7d0d27
