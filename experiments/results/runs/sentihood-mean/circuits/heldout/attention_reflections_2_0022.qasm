// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5064510541293237) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9e65473d4b5418d6a82e032b6973983c1cb37ea7689822f7f8641d18ea6a1a2f
