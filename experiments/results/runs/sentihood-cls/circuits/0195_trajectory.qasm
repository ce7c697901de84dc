// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2784918138281936) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 78008686568bd4a7c340c5472454cc21823dce6681a01f796af177df94aabdf7
