// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3561156979783504) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c59c9e8096d4b4e19ee3bcd04d5efcd084e3a1f63c5266bad125cb156cde6243
