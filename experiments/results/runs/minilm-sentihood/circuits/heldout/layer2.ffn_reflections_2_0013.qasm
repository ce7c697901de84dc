// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3189456754658377) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0efdf6ca89420fcc25f34aec2d3d1735f99587acc4e55fa87fcbeee544f9d5df
