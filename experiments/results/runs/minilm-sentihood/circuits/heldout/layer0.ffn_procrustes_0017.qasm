// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7514832949756074) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 168fb4fcafc5ce4162ee35fd53173a79d4f809c1542afa1de3a8a56e8b31f85a
