// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.630422905618805) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1950bd50baeb740d8a3e1b69ea2a226d30ace7681b6600cf9a048061009602e1
