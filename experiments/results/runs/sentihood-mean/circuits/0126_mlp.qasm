// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.4615998249163895) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 db14d7f6fc0cb47129e6453e65ce79a8d6a56d3fe0b6dd7fb1f1b656aa70c388
