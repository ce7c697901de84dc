// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5548232026839277) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8604f3b4396e1b7b1933c0bd54d3fee6233f7ed9f2c39224104a728503a98af4
