// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.734365023474495) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d8f14f495d4f5b396cf526a4876047755e33589208ba4089825532b86509633d
