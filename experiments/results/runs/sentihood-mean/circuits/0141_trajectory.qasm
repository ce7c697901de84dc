// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.890495120469922) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a609687966f611aeda806fd63af5f6f22a4968761e07599d64855e0adeaffbe5
