// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.2520305670621918) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 082a7aa090a0cf1fd6d39c95a0b1cee4a13a0d3ec27fa066f6b9c2e99858bbb0
