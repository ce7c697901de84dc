// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8277955065800606) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cf014d838bb55967a3d84be75bdaaf759e0f330773d7cb969d974cf8c74049b9
