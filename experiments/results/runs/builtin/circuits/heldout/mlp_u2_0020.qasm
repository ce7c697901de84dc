// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1321219108045688) q[0];
ry(0.32958117135485626) q[0];
rz(-0.12508685362407856) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0597feca8f7473c56716718f054d2a044f531522587b68df40b18eb0863cec0f
