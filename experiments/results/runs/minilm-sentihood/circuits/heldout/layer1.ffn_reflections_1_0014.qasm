// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.056168958918916) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a0b51e85f7efa17d665ea90f4a300226b2cdcf6af7a780b1d8d06e897989d054
