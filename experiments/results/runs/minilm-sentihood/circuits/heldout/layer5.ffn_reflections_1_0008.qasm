// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.2123635408444176) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d64b676d1003b12652d49584999b020db7268ee47d62e425d80ac7a97f8d4627
