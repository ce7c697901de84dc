// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.297972023912104) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b6d4c803350ade722eb3f0f4b36fb6dada1600cbba61a72fbd934e9ed56b3d5e
