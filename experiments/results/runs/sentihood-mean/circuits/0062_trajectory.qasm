// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.735083446847514) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ed3faf3b69290fbc626c94e3543487777994eb297f3dadc03f39a23fb0ec9d00
