// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3926965177729949) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dbe8f15a1d888ceb787e534a3065c06e312fd4700b60537292b71d604303147c
