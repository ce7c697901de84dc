// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.6464713718717949) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e35c47dbe8f9aa86158d7ae3c822514208a91a06ec869133546e2e011299e5d5
