// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5265458407046817) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 103f9fa072109e0b8dc2d03c9c35992d1c679b08843dd167dcd101ca1b32302d
