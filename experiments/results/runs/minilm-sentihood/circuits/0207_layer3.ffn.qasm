// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.0692588025509224) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 69b2cb78016bc94bc5c04ada536b0fa1f31d2ea05ed1de5a7d9c04e68d1f7bfb
