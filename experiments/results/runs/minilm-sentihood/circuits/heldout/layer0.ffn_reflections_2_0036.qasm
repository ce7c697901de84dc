// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5308210786906682) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8b3db763d9e47c0a1cb698ccc55d535ec3ab553aa9ee84f6e80cdec810643787
