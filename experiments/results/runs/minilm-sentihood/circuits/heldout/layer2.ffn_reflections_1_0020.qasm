// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5491920509292445) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a442e0ea692a91b1e2946c1c41e7aba1224e5647c1bd569e6d1062a745abbbe0
