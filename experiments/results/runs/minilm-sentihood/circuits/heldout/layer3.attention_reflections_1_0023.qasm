// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1609306777761197) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cd7b7047532c6f44e8766b28a6cefe8246b0c72988bab80c4e1b6838182d5cbb
