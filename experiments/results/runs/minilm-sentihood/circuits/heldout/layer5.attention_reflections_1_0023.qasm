// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5299282342585827) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b708e5f03514d60270e4fd4231f3d95ed4cb46847a4b8aced302d19f666d3e4d
