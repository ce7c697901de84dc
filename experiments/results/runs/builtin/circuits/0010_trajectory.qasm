// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9371323796255249) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 222454cda809f185a794b88e82054a9df137bf3fef599468e34914226d4b0f95
