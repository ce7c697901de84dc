// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6251888421306142) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7f62b6ead25251ee2f53189abec92709739779d1a2ea9a751209b6f484c3cc89
