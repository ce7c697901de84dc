// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.36231624490854447) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c4d6dfbb14ca95d334b8a04cc235ddcfb37faf24fcd4007d88b56b618e57a31
