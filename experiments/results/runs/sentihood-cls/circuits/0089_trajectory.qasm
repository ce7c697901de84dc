// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.18622419181537034) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cc23b67d50e1d80b522a70bef2282e9cac12cf522f27084d30223d4f2603ac0b
