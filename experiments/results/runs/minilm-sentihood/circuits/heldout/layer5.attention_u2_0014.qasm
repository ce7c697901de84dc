// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.11012721437474626) q[0];
ry(2.138917417562639) q[0];
rz(0.05942452861761627) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 39f8846ab8ad88032d9ed4b147046c3098d4e939ebd4e5e4f2ab5e67512f8a39
