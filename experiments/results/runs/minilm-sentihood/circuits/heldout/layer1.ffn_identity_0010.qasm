// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1628382041300929) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 85150aed559b0975060019f457849967dd757a4add40805f09b3b81848dfd84b
