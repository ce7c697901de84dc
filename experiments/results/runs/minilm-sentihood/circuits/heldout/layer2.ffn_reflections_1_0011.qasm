// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8277956771271324) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e5f02a1eac3bdb49d44a417c09fccbb2a2c23ddccb4517a0f1207fa63baa8bfd
