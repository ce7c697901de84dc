// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4771965885619498) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a24d34db7bd2b2c04e9d2070e13c56bc30c8fedf56aec83dfe05d78aad1f7a0a
