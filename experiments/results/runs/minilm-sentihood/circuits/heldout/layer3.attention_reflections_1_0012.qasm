// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.14100169129282) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f6b869187f7f7b24b3eb7855df4b705338acff257c69a516f206ad7fc4019f21
