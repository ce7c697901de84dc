// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4609911509000448) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1bf3931e443ed0a59150322d7b8916214d2eeff3f5ac61e45486a4fcbf621b9f
