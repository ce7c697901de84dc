// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24525221902411598) q[0];
ry(1.8384859506739197) q[0];
rz(0.06610643257897042) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 73a955f325f041ac7e4883becb0a7d6e49425b6e7a606ee564bd8c4155f6911c
