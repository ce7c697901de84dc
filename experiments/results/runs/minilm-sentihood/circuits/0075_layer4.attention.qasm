// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4706287085195586) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 adbdf5b9b8e0b39235ef2148dfaf15b2d6fa9d7966f59dd6af3751a1b7b97f68
