// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0342202999643306) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ac1a329897ead8d703aa2a31c4a2d7da4732e66e68730ca77a75102caf4c47d4
