// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.031932205435299) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8fccb6ab66511b4b9179b4ac18be2e544b89203ba22cd6e4f4279151d25593a0
