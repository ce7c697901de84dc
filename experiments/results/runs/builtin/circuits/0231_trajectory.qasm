// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1540675490726167) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4199e02a0b9d0f89d3c0c774378d8ea1a204c9fb4045100819890a3b5d69e28d
