// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0275898434309334) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 91cd6fd9ec6d1fc6d8c31f257042de9754f41d361605bfd5f094fb815abb352e
