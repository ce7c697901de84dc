// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2784905241010236) q[0];
ry(0.3231789045931069) q[0];
rz(-0.2647543319482226) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 37b524ce2d796c5f2658e304c0bb4bc1df55a9ef78a4d28c6f2723c2923edc84
