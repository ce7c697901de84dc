// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.60190236606254) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9e5cfaf17fff64c958812cf6a62022a236525f7da1f83b909b8e49fce30a25f3
