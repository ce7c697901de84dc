// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7040236845886654) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 38c924b5050bd3ffbc72e54e74ba6b4679be1fddf063769e3d70b26d088ef3b2
