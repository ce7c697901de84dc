// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8788181301929945) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b5a0e871f7a0272edc34bdcb83b1ef53930e120a0ba3cde4d6b81b03be8df6a
