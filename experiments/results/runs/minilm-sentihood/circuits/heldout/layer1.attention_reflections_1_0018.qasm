// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1352202184933806) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0856eb58c834626ea960c8db7c7f2e11367ba60670052c41b5f5fff5c176b9e0
