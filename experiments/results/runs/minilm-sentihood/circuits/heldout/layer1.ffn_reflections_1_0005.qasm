// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3142751624665947) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1012d7336afdba95ceb12811a50bd61c78bc79172a0c9f9f99fc260cbba1039c
