// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9988688302173299) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c461baf3846217b7caf7a425d3d8e18b45238cbbf0f8119c0e5ce3a5d56a3076
