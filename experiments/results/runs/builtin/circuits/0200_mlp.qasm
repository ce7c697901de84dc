// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.6561711687770333) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 15b84128ad4c302a48f2341d6b7fbb1b9936c5849e7489730a5ba9ce48a0daf1
