// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6165960399535229) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9e1b27f1707cc64df8e135ff938a2cd63e2ae8d38994c1eb5604dcf1a827545a
