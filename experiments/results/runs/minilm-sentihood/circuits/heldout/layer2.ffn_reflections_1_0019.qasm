// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5434427054900917) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 547b33621325764e4596e0487c771c6360b0e1f4207e5a2bb594f2b57e72fe11
