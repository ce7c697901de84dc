// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0710078665309912) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b27a20d8ed7c4c034d3deb73dc2f2550ec45455a3532c3c0bd564ef7e7252a66
