// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.215204096701638) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 96c4d753ec428e30ba9fe42c0489f9dbd62069391fb9375e86f5de1019c8d574
