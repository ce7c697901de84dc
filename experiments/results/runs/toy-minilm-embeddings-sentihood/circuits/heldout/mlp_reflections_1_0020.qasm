// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.9334668761751934) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 65f682d5753ac1d20405bbc44ab5c1715c03b3107fb9698cb4546a357d8f5b39
