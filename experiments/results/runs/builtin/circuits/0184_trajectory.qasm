// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.36718965528155734) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b6032b274af8dc800bf2528ff7f86c4362b9441878ee61b0a8d5dd8a65d17371
