// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.21160778714312548) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 adf1bb91c4b920d3ecc00ffa5fc8852ab76c19431fa3318ea7386b3e8d3035b8
