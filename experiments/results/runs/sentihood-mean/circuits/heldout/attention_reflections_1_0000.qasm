// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5221747239547132) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4873248f9eb4386961a3c761b7e16ff7d82048f3c75e7e7f98c24b120349779f
