// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.604010109288848) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9e874b7bdd78c08d070988af2140f0a3bf6f3ab81245c29a5328c0095f11ccbe
