// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6638905111913322) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e90c87a3bb8df45e42ee5feb21834f2ccb821e0f36fcdae5ae4b38256bb9b93
