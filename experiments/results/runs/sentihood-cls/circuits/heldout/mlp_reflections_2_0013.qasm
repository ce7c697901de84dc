// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.46242620434494186) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fe3730d9cd4013510036a5cb218a404fbffb45972d13b13f0dc5290a6301461c
