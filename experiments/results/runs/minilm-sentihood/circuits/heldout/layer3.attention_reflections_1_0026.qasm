// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3824403848127909) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cebba8fe29574ee37b1ccfe7aba6c1a3314a53bb5bf5fdf0ea1728af5e88a6c3
