// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5633662290782735) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 99ec3b3e47e72fec2d81a9f1cb16c47690e3dd2cd547ca1775ced5673fac5338
