// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.884822644761822) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9e7e4b2d5b0b97001ce2cc478dbdca09b8cd7bcb5c65c6c9c08f4d97981ff81a
