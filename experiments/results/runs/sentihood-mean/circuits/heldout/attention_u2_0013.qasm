// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0260350877250755) q[0];
ry(1.518956891950831) q[0];
rz(-0.08530901737391794) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 19ece9b101e512cf413056157904a40236c2816d0257106241ac2f58a2732462
