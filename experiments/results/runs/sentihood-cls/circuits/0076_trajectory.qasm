// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4891326178098963) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d94e9092070db3cbdc159b832509f23d584f9f777e951cff91536aad0801dbf1
