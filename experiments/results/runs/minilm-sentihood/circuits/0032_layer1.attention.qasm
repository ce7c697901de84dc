// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.5437585175254975) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a979d74ee3a1b43fc5d8c6eda534ef2eaaf3f3edb466c610ea354c3e5503db37
