// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4163349649921693) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d721ff663f7983069ae276f49fe9705665fea585ba2034f5e6ae989fac6d452d
