// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.57766918447166) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c1b6e38d598cfdb838dfc9f1df5f1fdf2ac2b03d7de8a868d7af2c20fe5bc1ee
