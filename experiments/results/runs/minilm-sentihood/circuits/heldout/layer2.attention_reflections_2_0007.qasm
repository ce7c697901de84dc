// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4149330636094515) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0eef3238cbf376cf763f001cef9d89fc441ef6ac6ccb42d627f91f74307e3d28
