// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0221950152733954) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e2e82f697e96b56e9a7705a72eca1f9fcc268f3b39177531a6c79be8db92d567
