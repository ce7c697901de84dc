// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.17246111555465982) q[0];
ry(2.1130102253115988) q[0];
rz(0.08964775315095341) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 589635db70dac7e9132b68017dacc957a90bc3b0f58049c7790ac11e2f38d39f
