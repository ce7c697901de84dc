// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.30343179589656627) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f62ce36009521d1403e43372c36d636503979163ab7b519abd9f5ea441a52aad
