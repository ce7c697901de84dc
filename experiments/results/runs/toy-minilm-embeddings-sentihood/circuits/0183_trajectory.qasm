// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.41005111335664446) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6511a0c2179abc042937c9df46a78f5ce015800df7ebde1359b7a8ad4ef99e4a
