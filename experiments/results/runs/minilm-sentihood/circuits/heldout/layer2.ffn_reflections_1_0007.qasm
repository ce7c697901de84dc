// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1997434115332888) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 586585df49f27e5dd5d424e76b69c705d9ffcc8f9ecea95ea626bae81fec7c60
