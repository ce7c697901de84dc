// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6651214890033614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dad77d9f5d413132239bf400b4fd0d511fcc6b1827511cc182aeb61760137414
