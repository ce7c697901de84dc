// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4870783705971564) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7832adda14a33e758577bce8fb000514d5502b0a73ec979a84b15f8d63ea28af
