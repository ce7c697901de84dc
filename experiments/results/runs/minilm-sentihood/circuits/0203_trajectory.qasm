// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.371608592898894) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a42bbed01c5562b3eb93b2947a104a04eb4b5644218efa2ea961a96ca1283ae6
