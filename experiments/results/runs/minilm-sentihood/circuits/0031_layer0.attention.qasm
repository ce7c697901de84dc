// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.6071390510272345) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 13cb5237e84f72688b6ea2ada3dbb35a0a5810165c3dffdb2bf26c376b8c9ac0
