// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.260432625606213) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c3a85ad4c6f834ca088c4c9bd5c937910ae9427a287d07bcfbbf25081aacf3d0
