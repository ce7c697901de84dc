// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.7892277305351543) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aeb4ee6ad5c6bb0f8b3efeac0be8c90aa41045b4388b4fca02ca55640553d5f7
