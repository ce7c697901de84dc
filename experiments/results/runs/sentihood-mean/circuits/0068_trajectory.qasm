// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4264843194373107) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1ed4fe0ecf622d2bcfd6d6c4ccd0e00509f95a4358be143d3caa201646f6906c
