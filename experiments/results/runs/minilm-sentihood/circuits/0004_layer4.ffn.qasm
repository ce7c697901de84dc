// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.0941185393834423) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e12a9b7ae81291c8bc2f47706e70ca24ed48b0d81ee2e49dbc9f4c6bc109839f
