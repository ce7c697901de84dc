// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0498450495893445) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d78f857e5cdc91f2d2b25fc2e3148501bbba406d29a2ab5a115b17acfd2ddaf
