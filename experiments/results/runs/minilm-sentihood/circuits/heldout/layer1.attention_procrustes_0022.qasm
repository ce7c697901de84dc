// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7784086283002143) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2bd6d72743814e5427b29d4b8a9cb886b1f49b2b818a55712b3ef2ad2d0a72aa
