// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.549192221476316) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05f7b4a5dd1126a4e0016d6786cb41ff52133ec8f80b5ac383ad3c7a48df89ed
