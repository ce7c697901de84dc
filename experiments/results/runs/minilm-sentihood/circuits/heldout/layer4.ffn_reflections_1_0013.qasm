// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9095691912627044) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6afff1c025dd6b13c7ada2f15f2b89bdf08e2c446c33e2316c5a3d8a79b119a0
