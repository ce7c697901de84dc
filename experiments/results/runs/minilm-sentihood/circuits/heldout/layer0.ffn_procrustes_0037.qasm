// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2263918141834544) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b9bc7f5019b90e638ef4583a41e70274cacb61e235ba06611d0ab508c6e6a80b
