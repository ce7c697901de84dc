// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.211029626255865) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05abae3b12195bb5e6a83c6c171e7da94b0b701ddbbbc25b50f05bba989f3f8c
