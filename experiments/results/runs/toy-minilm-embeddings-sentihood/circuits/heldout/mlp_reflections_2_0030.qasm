// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0931657154760575) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f8415f5e45524ef2dddb1c0e2dfe49691927592a2bec5d5de335d20c725a8755
