// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.206912076607433) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e745ed4c03ca49a1eda8fc67102d88ad879d29f2c95aa8cfb9b61219243ceb96
