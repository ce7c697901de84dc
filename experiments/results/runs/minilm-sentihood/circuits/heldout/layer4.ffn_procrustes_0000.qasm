// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2716518719534404) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 218831c33a91816e2bd5a58ecb9876a331fcdab79fc4820bf591bb346430fedb
