// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5951189794108718) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 68b9da12d9f3771976aadc7cb7f490d76b46d9ca2fea7e56ac486cdcb122d1f4
