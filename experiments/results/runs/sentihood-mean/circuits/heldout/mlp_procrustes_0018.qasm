// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4120247609214815) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05a47332aff6ac980a486225e9d7e30dff5b2b0c234cba368fabce132056f005
