// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.054275586033181) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0df99551963196bd81d06b6021cc0cbffde76d071cf693a2d975d5aec372820f
