// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5350381849511305) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2db38d20a280482697368b9ce60d8c65e6884f5bc42535b0f809e824a18ff2d
