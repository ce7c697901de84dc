// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.394639579331355) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e7e4843886815b456a2de233b2cb515d7efc99acb351c89e2cb7b04509f8eaf
