// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5070054983183296) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 684f7c7c061b1eef157557f5affcf849a37b5dcc48ee2ee9aa82a2ab9d2bdc3b
