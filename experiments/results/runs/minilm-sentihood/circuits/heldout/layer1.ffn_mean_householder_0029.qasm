// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.579967631568623) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bc0e02aa345f3bce8f15e87ba4e3d3101430bcaf878a73f2fb6d7ff81e7e50d0
