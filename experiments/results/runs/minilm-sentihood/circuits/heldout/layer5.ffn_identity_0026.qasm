// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7587019313425598) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 18801da0ffd07af47b291e1371c60a1b3ce55e6d18de0a8de342af2737d684b1
