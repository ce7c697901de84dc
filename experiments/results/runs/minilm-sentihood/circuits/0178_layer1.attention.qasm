// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.125619683580681) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 68da9ad6cb14eaf77ba5da5a43a35d1dd7d5bbd280978b8a2f87b96c6608e1b1
