// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.693640447781468) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c1fb45358e8b80914fefebd75c446f8baf2d0dd892810acf67a281d02ea3b1f
