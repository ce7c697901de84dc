// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5120244415537125) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6af8bc462b8a43be21d004ebbd37f566460aac1ce2b774766dfa13d91678d11c
