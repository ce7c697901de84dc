// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.556925727664673) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 182925063c3afa5f3fdb0b8d00cdcfc0ef56dfe46662497ced10ce7fc20b00ff
