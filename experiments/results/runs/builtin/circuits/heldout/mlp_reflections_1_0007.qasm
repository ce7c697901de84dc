// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.606512991508363) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 be02cf2bcecddfece2248156ac7e622f0a2d8626636c9c03805e0a8807c22216
