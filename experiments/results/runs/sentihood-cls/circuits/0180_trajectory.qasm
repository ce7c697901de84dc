// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7080942788814926) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 06f40935df326912cd16199fc8858d2aa3a172c9a7ad03c5d8e9c6f15e26df25
