// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5631177146800779) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c47e42788fe61bb2858d90f369212ed4d21796fa907687c7ebc0a08e4f5302fe
