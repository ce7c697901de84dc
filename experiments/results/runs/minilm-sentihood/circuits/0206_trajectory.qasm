// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6487365354986283) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1057aa4fab2649f3066a4cf0bca2e2b2082b5897ac44b1097a369554da173ce0
