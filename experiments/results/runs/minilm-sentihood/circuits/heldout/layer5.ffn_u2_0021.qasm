// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4235905885670177) q[0];
ry(0.5919186340872957) q[0];
rz(-0.35804950078926545) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 56045696b0291fd106131c336cf0b3b7c94cea7135e00b153ce34b4971739064
