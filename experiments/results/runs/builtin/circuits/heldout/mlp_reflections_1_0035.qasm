// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.412194589759086) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2322be24258bbf0d64d13450135a0ec20e855ecbd5be9394f1ac609dfeb658ca
