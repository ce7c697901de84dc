// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7159143095954816) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b931f2dc2ba4ae9a1a0e98480de39c34f9f4f69c4a38b510d4bad223ee1b6236
