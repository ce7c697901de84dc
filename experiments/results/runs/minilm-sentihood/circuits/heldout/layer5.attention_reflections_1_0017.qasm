// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1663343514015583) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8ebd5d0f39b04fb146f586b3d0968eafe849801d8d30bd8101dc72f5c3fe8f8a
