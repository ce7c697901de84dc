// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7148989043135654) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e976aa1668c07cf10a7f8b11548d8b45e4698557c7d7a03a0f303b57043e0692
