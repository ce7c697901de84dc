// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5233812334791224) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0f4465f2572547ec8de7b49de58237f74d5474e45359d79a2d4b884516abdd8d
