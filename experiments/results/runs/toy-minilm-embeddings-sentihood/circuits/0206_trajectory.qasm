// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4669509263273466) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e73203b8d58c72e3981dcdcd698a0c31806e45900c3979270e085276165f87f7
