// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1200386157164925) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 82d2ed23ecf54718a4c537eea25a03da89c0de0da0e2de8e86bab229a3f6ab8c
