// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9729159403734744) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 69cf7f6a3a069a0ec32d0e4801d2eade1b91b3e9bac6558015df572af4c8c998
