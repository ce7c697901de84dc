// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.7486958910250361) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f1ca0a8be9f9002285f71f699e5edebb7dd0bd71631f1c66ea0d7bb0ec22d8a0
