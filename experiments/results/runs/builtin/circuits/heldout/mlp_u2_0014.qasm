// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.08372767766739253) q[0];
ry(2.606612341836754) q[0];
rz(0.07207287012916508) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8cf5d7d7b071c27872252e3bc6acd9efdd6dc0040c265c5273da4cd16068202d
