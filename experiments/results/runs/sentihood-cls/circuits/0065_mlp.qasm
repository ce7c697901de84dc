// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.43946370763693676) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 06c2c621bb9f1bc5d01a3d35d9b7cb689b3e6c64a69fc929e83cae8ec802a409
