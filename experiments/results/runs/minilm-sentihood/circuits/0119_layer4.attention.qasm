// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.9168522761633018) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bcbaabb581a5227b8b7e0dc38c9c0e8b8c68794ef852da7da64ffa7f9f2b247e
