// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1522763830702707) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 97c57cc2ef6dcb1800a5de4b7ce0ef761d33a21ab2f7f099d7a58e0af9e2c7d4
