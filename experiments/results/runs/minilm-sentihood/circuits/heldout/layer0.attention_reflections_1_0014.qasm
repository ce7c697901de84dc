// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.4432195179062375) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 416e3a2ababe01a99bf54183b5dbdc00336c29c5dbad4b072c5cfad451d38cf8
