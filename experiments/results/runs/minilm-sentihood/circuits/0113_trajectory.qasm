// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.454071492246601) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 78072839df7f7419e3e733bea77ed0227e6b008fc4877a90aadae3f901f9e7e9
