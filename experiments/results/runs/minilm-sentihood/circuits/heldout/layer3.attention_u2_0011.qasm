// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.21913826205735987) q[0];
ry(1.9550742435796782) q[0];
rz(0.08330028888359964) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 af16d82497370db5f2ceaa0f75d2a03f54a2077600062ae5852a20333c16cc4b
