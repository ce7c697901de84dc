// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5434428760371632) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bff21dc8ce488f27d033e1f2c5dfe8318579b596b274231f8232563d47b7c722
