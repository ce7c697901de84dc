// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.02121137995455) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f13ea18d0d84cc30b0c3b385d16ec1f99fc1937a61cb2d0a5e68d3ad93ace256
