// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.904402114441784) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2d5406f2e57c01e042f6d12eb70c565f25a309462e90a427505161becdcbcb94
