// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7343650234745445) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0d645cc30c997567f65d0e1db83c3c0fbba521f90e84472bdad75ff6bf21dd7b
