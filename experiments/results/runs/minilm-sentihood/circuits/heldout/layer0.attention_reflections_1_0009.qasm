// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0597053785030157) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fdbbe3d1aa862f95ba6662591de76a85cb17d7f11b3b9d148b07963d048a5f5d
