// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.610214050757724) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df104c67af9829f0194b0ad356c45cf805da1e39b5ce366b625775ab0c5f59c6
