// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7681385293977137) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6b48ef81680a953d9455ebe572303b5ff9161c9052c60ed41f562d2d54922eb1
