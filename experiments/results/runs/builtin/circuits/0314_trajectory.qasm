// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9958444481613686) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fddf8c1896fef0bf1d0c0c219d398979d7865d28c9df5560a16e32e512a81ffc
