// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4940490170737988) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 179204c2dfda784196cf5e6c01891bbc696496da6ce5958f5cc96dc86a46a80a
