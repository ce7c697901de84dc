// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.21235119375067343) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 82e2b0b0382281d8258be3e87a0bb4c25c6a0d27e6957bd7c15f656511e46aac
