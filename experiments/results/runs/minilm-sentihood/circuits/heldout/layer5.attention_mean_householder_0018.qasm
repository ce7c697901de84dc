// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7293999418910116) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bc1576a18b90729ad37eab5db81e4b70fb490b61305b0147bb9a520adec99349
