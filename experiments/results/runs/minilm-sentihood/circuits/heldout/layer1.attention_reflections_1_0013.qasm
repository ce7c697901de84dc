// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2907291124278613) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d30eb50de3bbc6d82bf72557cab9371c8e30fcd1061fc2cd3098e8f8c3b5d33b
