// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5481007384611354) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3313de1283a4960983fea5c5613b957066806255699a9a5a10bec60793399f92
