// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8312718762519538) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0a66ea1565ae3982148f43a41c6492dd4b94a2ca3d23e07607e34bef5a0c3ab5
