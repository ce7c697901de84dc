// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.45873898515863) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dd7974c71220c719c6ad17742d5d54c27aa6b5bd034c438a47a7859000aad1e7
