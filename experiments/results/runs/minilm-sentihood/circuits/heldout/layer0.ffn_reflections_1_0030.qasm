// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8221188460724076) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 95e5779afc1918c90bad3f8b4e983149b0713f5a4cdfe1489eee9cf7af720df6
