// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7053451282478225) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2abe5eb715988be5705c90f051542b77be6fb5bb983b68948301cbbee7f0c82
