// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5153021384766594) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea20c23f904f0b55e7e014122ffc37b2c435da2d71d2fb0921f319f2f98cc930
