// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0039210294089633) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a8e2346b70d91e0da548a076e482c05a035c47045feecb4a719ad3de91a9b21c
