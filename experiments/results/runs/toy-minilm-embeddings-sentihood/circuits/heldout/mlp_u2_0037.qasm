// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0527784127488449) q[0];
ry(3.040933959108533) q[0];
rz(1.0505924971137883) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e91e6ddb937e4ae5eef8e3526fa87cc1aca8be94a2db79e3182459116aa92cbc
