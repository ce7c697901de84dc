// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.3524673920905954) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45ba69616efad9f3c63db8a8d8e13e88fe8e2162e6bfe1bd7bc2ac8ff999d001
