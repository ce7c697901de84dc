// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.9561665453081043) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e6c6c03d9e0cf0b583b9f3734e51f9b1f241d10b670cad1346a6ce1d5d12a79
