// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.500177600770018) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 53614163f6c1119d2ab66abf31af8c776b1a7efc81df34ba3a317bde7b757c81
