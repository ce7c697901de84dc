// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.11842341376600629) q[0];
ry(1.4398957103270336) q[0];
rz(-0.01552888392438101) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 feb119cc6c2f214e985fdb2e2bd99d96f3d3dddf1283cf4cc661af04dc5fdde1
