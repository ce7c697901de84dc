// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.076611146121144) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 640ba4f0b56963991dad4bfeea6b79a015d934b7d50fe74b40a5fb6fc44bcfed
