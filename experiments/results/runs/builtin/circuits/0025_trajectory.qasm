// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.19254443556892784) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3e43b1cdf5570810c9c3b1865a0d9861fdc48dd1911cb3ba7ca8cae063a7b040
