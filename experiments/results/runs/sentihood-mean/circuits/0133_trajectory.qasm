// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7077047320677539) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fa0fa3ddfe210ba9ca74b9d0722437fefd999e9472a371ff2e0a6e935e612f6e
