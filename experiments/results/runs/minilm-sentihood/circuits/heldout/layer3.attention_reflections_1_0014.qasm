// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.99872596815766) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 21e416a57fbae647c0f07c4608cb6e6cebf9d50daedeac7705a2cc7fbcd7db2e
