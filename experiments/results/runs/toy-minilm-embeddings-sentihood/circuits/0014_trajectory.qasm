// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9297278628054486) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1094824a739f792eccd05ac03c28a713182aec9797aab4dd800cdf33c2b506d4
