// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.9401112994817681) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6fe3c9e8464ffd32ec14ffbd61411a91b8fa07c9e88a0a0abd9e852d39c4f958
