// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.252938564576971) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 79c2d6ebbdebe3d689ee50999e33b28b019c38f3df7e608b3114d21cddfdd9a0
