// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5085252867850123) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3bb4eb6a8c0e3274fe6ee4bf8b8ed3465fca972fc0a38ac0dc71e73174337ddd
