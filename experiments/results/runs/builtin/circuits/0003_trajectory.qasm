// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5722052118223061) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 98c99e22c40705f99a421618bc83fa3d604e64b1ce681049b8e315696e719c25
