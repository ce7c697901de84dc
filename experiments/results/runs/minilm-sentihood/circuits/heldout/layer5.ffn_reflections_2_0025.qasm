// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4922402438362142) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8ffdf31d0a96169af07e57d10df97b1ef9e7f7ee5f186f111aa16e30227e22da
