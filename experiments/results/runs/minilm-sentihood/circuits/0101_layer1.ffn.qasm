// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.846600615588655) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b1eca5c9787fa8c7eff5a7ef5ac0b1ba65cb672d71b96a804ebcc3b4dc24bda
