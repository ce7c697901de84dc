// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.732335237548557) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b0efb4eda78ba2a801f31f2d59ed68a9f5445c974b268468202d9809fca6a043
