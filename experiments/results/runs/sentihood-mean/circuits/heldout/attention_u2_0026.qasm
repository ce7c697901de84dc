// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0265896560583432) q[0];
ry(1.5128456744602956) q[0];
rz(-0.0954162989109566) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c9b974b1ef9ef8c785bdc68f8d68a659861b03f545832eb0326b9cf9f5809c45
