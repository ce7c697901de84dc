// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0753507872047092) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 57230d345d02742de5dbc6a732a46ee2df321a710f7702abbaad3b7a65a5c67e
