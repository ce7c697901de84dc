// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7669965632062173) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7102fd8e1cc9e54c62e6f0eac77c6be19a11e05100899286e5754ff170f69a84
