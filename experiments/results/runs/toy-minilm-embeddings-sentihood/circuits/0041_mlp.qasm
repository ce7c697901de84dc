// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.5335429367331327) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 279a81ea6a0df61d1b0ac6448bfe2a20bbcfc78a02933a38f83c1c3af9ac5f2c
