// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5368455893170085) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d2379ef2c127672e8ad1eae2e1a8ddc3b8e0b2667a5c850dbdd5ac1eb8a27df0
