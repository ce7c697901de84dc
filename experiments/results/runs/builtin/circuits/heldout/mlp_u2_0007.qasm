// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.08348952164564061) q[0];
ry(2.604927780528378) q[0];
rz(0.07179601576114347) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 479e105208e761f95fcf0fd912757d08e7b5ea7b5f42a7aea981976e7103040b
