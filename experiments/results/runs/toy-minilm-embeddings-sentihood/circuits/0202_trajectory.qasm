// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2747843740752758) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e82e9b556466e2c315bd7c8a595dda36d47936880a8ad5713c4456813686d843
