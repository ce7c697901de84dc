// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.593308487667998) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 06b197cd1ebb234f386cb6350757b5aeb31e29f3140f1cff3504e70d44de1b49
