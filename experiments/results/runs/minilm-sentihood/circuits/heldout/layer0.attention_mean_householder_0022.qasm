// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.8486028995291861) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 57329a74cd4c0f1c05e59419e8b1d1238e873cc90a98b3be32539cae5b376425
