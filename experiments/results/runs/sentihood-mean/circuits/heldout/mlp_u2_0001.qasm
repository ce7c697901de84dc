// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.361024803741015) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 932e2071e2d849ab58c5ab4edd917eecf141521b9c35548e9e83c42cc31937b5
