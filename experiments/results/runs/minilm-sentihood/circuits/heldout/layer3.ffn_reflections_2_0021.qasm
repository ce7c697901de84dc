// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6349026068788278) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e0816421154ddae4f38123d70bbacd59e8b834b5f5c6ca19d97bb38046f3115a
