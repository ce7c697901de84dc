// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.643380334816056) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a91c52030c23c6e023a17a03a919e101fe6f8c5b85efe0290cb851cc27e0e4e1
