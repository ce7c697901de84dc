// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.7960930752696864) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b9e0dbaec7dcce51c41c36776a050d6efa3c335c9ee71e79c03b2ab5bab4b5c8
