// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5840250875386852) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3cb40bbf9eff4868f6936226d314544eaf486c6ef0f6f3f7c4242e8f2886948d
