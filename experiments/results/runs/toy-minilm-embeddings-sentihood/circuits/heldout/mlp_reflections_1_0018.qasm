// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.0424032208468113) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4e2e3f334039cd4d44eb7b6b8f3f8baaa9af2f91570ab3e491f295bc85bcb904
