// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2907235830882153) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a7bacb741e0a84852226fc4935dae4ffc9345981117b8299b549062ac604490c
