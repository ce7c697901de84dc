// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.196526765452157) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 27d83e9c9f7dec8e60de0951aab4ec5fa9aaaae0071dd73162c076a00dcba0ee
