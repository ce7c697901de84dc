// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5053262923872264) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e781c19007a0cf066af74a449e8b5cbbd5aa5468ce3c97e9b6a5f56c2f8e41f7
