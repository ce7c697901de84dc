// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.213541855021197) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fd2cc294f9f6f1ce44d18e40af5d1a1f9a0f957242c475c6a88f1d7597b441e7
