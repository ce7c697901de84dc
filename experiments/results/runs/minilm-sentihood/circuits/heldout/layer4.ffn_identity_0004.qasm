// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.080811431388858) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 402c07bf51dbd226b1417dc16f0ccf758df9e7b4884eb87d7af7a1870fcb22e0
