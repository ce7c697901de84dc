// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.087866859854061) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c991077ceee3d25ad536f3b6b26df2090581ff096e3778b46bf6703cd29c20df
