// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.1613563607537243) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb6a34b1c71ced13dbde615d7b951938ff42ee4d0ec8fa2c6906dfd5c10bcd03
