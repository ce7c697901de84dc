// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9736621412820747) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7a91ac7f971243e8d260d680a4d54bb9d1e112e4af247b62f2745ce38aaf4605
