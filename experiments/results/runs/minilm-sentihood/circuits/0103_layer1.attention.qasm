// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.682678358490237) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c75bf2fb801ebb8c7f0b1d50fe695c3eb81e9af2cf2f7b8e1ec64ca58ec113f4
