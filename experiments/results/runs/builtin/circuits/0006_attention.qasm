// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.32637922611313125) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a595e037ea0a4e9b9d864cb6f94f0a7e1a9dcaf6e18e37663dc973c11f18ff93
