// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1117181040325503) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 728663075564a72f834b71592686b8b536b3316b4d6274b00de38086601c9d97
