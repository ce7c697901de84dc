// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.120038615716393) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a7a5a3e62382af35bb61ceab41d09ef03ee1cbc4b3b74211056407ef2c2f2e56
