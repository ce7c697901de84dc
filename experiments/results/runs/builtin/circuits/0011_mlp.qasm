// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.29111347962339695) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 af7fa6e26084ebf3f896d41d85aa176b8a8bc9fd8d17ef8aae9c437ca2c5f15e
