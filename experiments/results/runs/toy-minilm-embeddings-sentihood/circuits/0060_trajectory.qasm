// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3844601130830258) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ef230988337398133ed81e4258758874e3f06afaf0ac8ff85b11c5a36cab62a1
