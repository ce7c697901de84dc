// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.18622419181536948) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 410f7c39855703cf95d6d5983c98940f85e5b4e6b739be173dbc2f06e80a82f1
