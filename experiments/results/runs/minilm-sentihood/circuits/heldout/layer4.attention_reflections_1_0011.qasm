// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8747951413008794) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 32641bfd098e4832992546ed996da01d22a88701af92f60964c8e19e8afddfa1
