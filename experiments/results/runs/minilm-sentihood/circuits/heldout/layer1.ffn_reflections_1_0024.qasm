// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7308116155906657) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 50f5751678010045b0719a113df72ef13c1071c94f95dbf01ef4c08971b73ac1
