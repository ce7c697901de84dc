// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.208307388874526) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3476f88c87d06a909ca474c0db474ba581827ca35a5ef58575d32bab88152bde
