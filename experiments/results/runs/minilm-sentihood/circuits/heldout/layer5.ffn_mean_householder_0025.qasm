// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.6668451841775234) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e23be29ccb583a886a86ca5f612406f52b5b07700c5cf1ffa7c9601005a87b46
