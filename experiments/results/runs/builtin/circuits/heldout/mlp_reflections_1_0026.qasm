// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1412745299077742) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 201438463036fe9feb8cf49a8d99bc7db46ee4e271a258aedabcf3607cbef888
