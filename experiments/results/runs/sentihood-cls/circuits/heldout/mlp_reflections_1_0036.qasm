// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0597810500045428) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 131465fe62899ff1fedb54519e636507d21b47ae63e85965c5b84efb0d3b1b68
