// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.9391338709360695) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cef7a42ad4b1c07e4181460028ac2c2678af6058e2a514a1cb37668f7a3cc1b2
