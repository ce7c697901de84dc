// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0940432420055586) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0f91744600e92ff3e167b83da0e8cefba9eab23a92ad0e6415c29ba11c5d96af
