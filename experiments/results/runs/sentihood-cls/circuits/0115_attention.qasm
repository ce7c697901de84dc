// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.3977867758627565) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e02f82ed3f5a44d8bda05c3b4f8512add97e2f7dd59a08b94dd185c5e04dc4e6
