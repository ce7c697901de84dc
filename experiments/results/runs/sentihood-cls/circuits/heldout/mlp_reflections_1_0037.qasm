// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.665121483768024) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5512254b14b0ce00bc60081cc3182282799a6e650b9ebb887ebbf991877f6014
