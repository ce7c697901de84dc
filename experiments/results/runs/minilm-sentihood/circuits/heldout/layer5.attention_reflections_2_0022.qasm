// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.815777034029741) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 01efe56e0fe96e0ab7a19827c8f115059d3f693e950eb061c6393f7aed11b332
