// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.64632583003022) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 de6203c5d9cd85efc605f01d4cfddbb59d0e77a561e5d50f1b2f8189cbd9fd6c
