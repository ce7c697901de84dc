// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9912500282285742) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e839b802b115f8ae1769dc442f24ce413a56e8320b6a181025c508437d9d0b14
