// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.7239572638879292) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 87a5e0eba349d5378073acce4dcf7e0c6fe3d8871ba5a0988c065ee78d495fda
