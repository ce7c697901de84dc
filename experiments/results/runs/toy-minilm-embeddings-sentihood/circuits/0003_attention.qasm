// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.1152970677564933) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 800e246bb7b99a303a0eeda5bdf3eaf4ef26da0b2fea75dd3bc8c793cf9af1ee
