// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0508599736895787) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 44737e4ed19ece5ab7257697acbc7e1521d727bc143b190995a18d6277b05319
