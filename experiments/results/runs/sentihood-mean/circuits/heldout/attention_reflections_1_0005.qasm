// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5551734244827258) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3f2fc51c05fd3ba0a90ede34d63d56e510506a0302fed02449cd5c79e9ef94a4
