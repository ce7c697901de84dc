// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.9780114910550661) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9ba18031cfd1bbbf5d2da66328d7d9fe2bb3f3c8009ab5c167320ade49f8d2b9
