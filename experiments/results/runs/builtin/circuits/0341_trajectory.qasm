// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9153491197235235) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7a062f6c81dcb93e2a6525c727c008c0573b320131056b019110a6e70a657848
