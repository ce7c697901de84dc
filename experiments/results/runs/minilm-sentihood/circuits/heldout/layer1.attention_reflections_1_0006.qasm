// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9619124280523907) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2ab3bd9b218ff9da11d90604d4ec9ffb6b398501149da102eeda1c655bd82058
