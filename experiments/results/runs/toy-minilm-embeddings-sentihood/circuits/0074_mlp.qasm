// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.5888390378056456) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea4bdf83f35c90ee5d5f6d5dc83b8c88cf31bf099d6cdf43f2d9f361e0d77e71
