// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8114049717295728) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 549a3d56d6892a0b02496450339ab5e18c95f50cb26a1395dbb84db181c9b715
