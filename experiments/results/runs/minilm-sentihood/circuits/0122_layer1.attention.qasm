// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.582179575101729) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b2c0a2a0b84fc6080d7f1e4f085b018aec15d4ced17a1be5f67b73ac28d92ad6
