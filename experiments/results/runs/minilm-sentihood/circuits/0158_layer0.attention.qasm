// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4753502951260937) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 471dd1b252668a9b3fcc9b01fc68cfec2fd5da91e7f8228eb18e90d39defa5c6
