// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1412745407417377) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 54b27b0c9f936c740e85368ad82cead9ef6bf7c50dab9192c20519f8b44eb74e
