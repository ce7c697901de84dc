// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9221474706794914) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2d56f2967104bc03c657d78fec238aec97a1eee500860cc32116bf4eb95eb019
