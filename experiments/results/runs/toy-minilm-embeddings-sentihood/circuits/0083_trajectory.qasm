// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.375000023803255) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 79f67a09bee9b416cb72a3278fb950d115c1a04f2dbe05860874f7b17f5b0770
