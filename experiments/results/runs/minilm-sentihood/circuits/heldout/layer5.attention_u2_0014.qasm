// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.11012818722200057) q[0];
ry(2.138917446009288) q[0];
rz(0.059425059230573396) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fc6769c90c7149fcc7ec63702c626f1f3ef6f5a8b8f8c7b6c3c85423d7ce1ed0
