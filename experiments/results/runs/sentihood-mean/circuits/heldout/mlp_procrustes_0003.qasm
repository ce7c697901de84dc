// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6717921311520734) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 730dc1aa5c1246b4d85b52df832f50ed4fd49ba3aac4a3c5b4a0bd27a25f992c
