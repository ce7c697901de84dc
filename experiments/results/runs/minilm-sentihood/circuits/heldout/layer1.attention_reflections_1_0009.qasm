// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0643388024837623) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 87c35fe142d12d04b57d91cd4732d8dab05acc00c137bf8263454aa8a49abda1
