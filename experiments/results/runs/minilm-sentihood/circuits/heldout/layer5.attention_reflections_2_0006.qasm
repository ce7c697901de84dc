// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4733452938235876) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9371e2dc5bd2d62b266a48645b3647e527fc6d49be5adcee4b1f3fc729cb5e8c
