// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5405440085022915) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6377a89f910a4253666e053302220a4b1dcef1dff8d60ec05de843324258f7c1
