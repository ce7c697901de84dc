// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0914539793359264) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aa57788d7534a5cacd455e0f27d0fcc5922de8ed1604b3259d89200cb15b747f
