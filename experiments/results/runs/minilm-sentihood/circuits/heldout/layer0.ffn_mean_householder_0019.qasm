// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5133471048595204) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc5357cccc5bc62260cbb2a671ace5a3c98f1d7c126e0ded35cdc465352f52ea
