// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0438414281812889) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7d6b6dc06f182e24854548578f3793836113f371a63ed550a96af218e210b716
