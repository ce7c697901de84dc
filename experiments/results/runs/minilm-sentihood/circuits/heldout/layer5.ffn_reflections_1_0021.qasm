// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.5493522985862584) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 76a595c2b25c71eb5c56621c2e612aba994c82ababe3d9a473dd1f585b5d136c
