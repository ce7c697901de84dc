// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.3391731464636942) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb0dbaa9196c1c3de90f553cd3a01ebfd733981602b322bc3a0f723dcf8c707c
