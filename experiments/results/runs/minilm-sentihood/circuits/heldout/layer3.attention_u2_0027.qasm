// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.22640393359910815) q[0];
ry(1.1147576315882748) q[0];
rz(-0.10110059881740208) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9c63ee5fa787a54607f826c8e73de39b8405921e74f5c920a7d824be6c014fe3
