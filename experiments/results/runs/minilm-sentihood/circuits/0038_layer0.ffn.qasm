// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.2731432024040887) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 38669bdbc5c3fc8a56c8cbcb380cfd8f7f620e9f2aa488cf1fef6bd9a2d266d3
