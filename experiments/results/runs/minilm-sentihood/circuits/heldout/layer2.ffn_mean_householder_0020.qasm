// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7727459086453676) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0b4d3017b83cc5d99c4c29ce1bbd66bd207dfc8fe6e75f283e79776949bbe448
