// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4807530212852975) q[0];
ry(0.7656428705268807) q[0];
rz(-0.35966278592989553) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 85381f241fa32485c68ceda8691894b3b4ec9291815617baa68af359343dddc4
