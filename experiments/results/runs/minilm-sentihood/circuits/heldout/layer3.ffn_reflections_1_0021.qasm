// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6349026231165429) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0fc9a46d8902ded05776bdeca0e300ffa2a45d85bab3a598ba4be53c332e826e
