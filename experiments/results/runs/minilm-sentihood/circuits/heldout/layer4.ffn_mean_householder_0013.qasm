// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.901686085242249) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c1dd9fabd51a866a26f963f5bb9c62756aeafe725b1c7b90098fd1efe7625a01
