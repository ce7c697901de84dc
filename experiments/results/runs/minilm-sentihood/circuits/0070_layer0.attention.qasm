// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.7761241110586885) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a4ed4afd5d73a80ea89ff5dcdb7f2d5f1d64644f00c6efcb7470f2a3eecebf11
