// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5321549429653047) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 47a0e71079b4ad989fc4f41f9b8e677e13ee9ad4d4dccb2f3fd2ef03173bafbc
