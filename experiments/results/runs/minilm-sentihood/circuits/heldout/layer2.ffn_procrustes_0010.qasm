// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9618484776228048) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 289d560ef74a01d4b0000e2b0b07ba99b85296784e38270dedaefa4d911d39f3
