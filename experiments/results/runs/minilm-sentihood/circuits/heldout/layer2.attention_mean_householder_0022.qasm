// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.4809992819906577) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5eba5833aee33acb8e564fa5f9f6be8588fc50d7f34ef0975f94803a535b4311
