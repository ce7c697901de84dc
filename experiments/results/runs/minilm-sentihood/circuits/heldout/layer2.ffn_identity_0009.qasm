// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7986885101383323) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 727f1b633cc542c5e36a97a9db7377040c59eaae9d577ef7f7fc45853ebee3a0
