// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.2123635408443687) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 94bcdbb415029672bb636284d420f1d1d5276ccbcd69c9c04442d383c5f287b5
