// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.645003472674908) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 02603e5671c43483d0dfd2993b388d5d3a02c77c49acf32fb8a881a376581a96
