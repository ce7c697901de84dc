// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.722924753694802) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 285ef7715a2d5491ee23e38136faa8abdf14f4a47e2e3663fa5cab11bedcd605
