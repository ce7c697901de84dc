// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.517969008516026) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1b63890e18c2d08d243de3de562909d0b7e4a22e4d214c5f27d9e5288ecf4574
