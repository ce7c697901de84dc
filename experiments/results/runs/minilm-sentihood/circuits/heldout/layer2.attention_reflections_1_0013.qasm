// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1664188739837058) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e1a1b79bfc8bf9e07f6ddb81dd952ceef35b68e04ffb061403ac2aba6a56d048
