// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0294425737815267) q[0];
ry(1.4896170473621158) q[0];
rz(-0.13405563954792576) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c8127f9c23de8666a776f7dda960021973076fda222deed5703ebb3ba7b27783
