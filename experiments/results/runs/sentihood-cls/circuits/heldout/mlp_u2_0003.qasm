// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.12001525023220205) q[0];
ry(1.3623641615414592) q[0];
rz(-0.024949054202951793) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b693010cb6b904a7f20ccdb23baa75d8c75eaa98548567b463dd57ce44a69624
