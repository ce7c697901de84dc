// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.028996431588305) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 57cfa3eccf9387a5ade3017abc5c3448fbc387f1ae5752376228421f023a4d6b
