// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.45384801589743295) q[0];
ry(2.3218544914846095) q[0];
rz(0.3213493398082181) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2a3287cf46fd2304d7711bccbc70f8dd1457c8a1bfb4aec3b87bd7d0a3074956
