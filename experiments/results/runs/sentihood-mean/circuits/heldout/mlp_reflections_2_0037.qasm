// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7151778572120766) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 41e7c332c0da0d4b46b975934c27a3aeb47b49fc076e07494e9ad8473fea5462
