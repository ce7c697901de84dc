// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3751138210049127) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b95b63e7dfe87d065c47766f3f5e565b4e3f467adf7d5acd6510cc104977b417
