// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.967119374252639) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9334eebd9fdd45a0d9ec76f8d7d7fc7aa3bc3d7dbd2e2ec00b4dff482a27cf6c
