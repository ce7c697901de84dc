// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.3962889989510144) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 898bf1c5b96a2b2e3383a62d47db049f8f2bc0e2eec70a61e1c094a7cbb0f6e3
