// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.21971248582243907) q[0];
ry(1.1802085108544442) q[0];
rz(-0.08482014425317086) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9ec7691633b358e11acc0b9a1af4d961dbce580ce5ae1e5dfb6eb0bed65f146c
