// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.7626990858395524) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3aaf6085a741f1c5ce7619c659216f7361326c9fd6ba54824c090e57ab0afb71
