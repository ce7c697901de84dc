// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.32743742625572514) q[0];
ry(2.0118694437557214) q[0];
rz(0.14400236077003248) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e2e2dfda3c252eed314d05e8beda9b005741fbd16314218c9b14be62c998bd47
