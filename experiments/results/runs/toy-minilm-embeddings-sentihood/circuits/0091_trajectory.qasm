// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.776067464936317) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 51eeb5a902b374879fc6536cadcfee4211c74a59c9cd5381ca2b0e7b0bbc9266
