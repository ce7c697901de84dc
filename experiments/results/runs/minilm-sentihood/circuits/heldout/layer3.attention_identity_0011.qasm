// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.964311245514967) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8bf1349876fef4bcbf12aa47518af5e5c56e225509c41d4e30d7df0bedf7684b
