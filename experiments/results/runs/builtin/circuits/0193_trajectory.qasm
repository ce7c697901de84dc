// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4980659529055216) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bd787df847fb875940af5e1ca200c2a5f07141afe4d078ab0b42ebe3d8fb26d4
