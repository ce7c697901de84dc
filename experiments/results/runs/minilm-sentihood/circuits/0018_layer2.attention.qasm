// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.2088154012211922) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cf4df27f2c5941f21470ef1d3d1e0e02bcb3e7a07257303f37ff127ce4ed8d05
