// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.407712626633254) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 471d485252a50735a5495deed344e3b391b46230995831ed3001c3faa40f1dfa
