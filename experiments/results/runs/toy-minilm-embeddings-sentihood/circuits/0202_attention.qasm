// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.371613825557121) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9c40b1ed7859f6a1ac3e1b1d4acb053c5fd3559d3ea357b2f2254e4df7d5d427
