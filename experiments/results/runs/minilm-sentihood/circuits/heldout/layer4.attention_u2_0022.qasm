// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24628208188672707) q[0];
ry(0.9591785819931519) q[0];
rz(-0.14335349986747348) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 06d4ad086daf8de3231b6451d16515830bc7c4511ac43f0557a70d8d6dc1ea53
