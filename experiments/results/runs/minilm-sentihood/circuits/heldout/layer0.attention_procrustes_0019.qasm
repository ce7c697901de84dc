// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8418245680584042) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a0aa6b8f7ecd8a95b888429698aa655194a9b4bc99b0d09c567b8fb0a8062293
