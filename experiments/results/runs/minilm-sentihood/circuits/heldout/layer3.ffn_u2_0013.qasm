// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.25202199678920323) q[0];
ry(1.2197351378728076) q[0];
rz(-0.0883213735018118) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 75a9567a6a712e709d042aac9bbbcf95a13eb049b1cfe8369a3226d1ee1369af
