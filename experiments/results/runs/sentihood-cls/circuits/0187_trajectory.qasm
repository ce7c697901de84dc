// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4475984792237293) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 12c6747965e5643f1ade5c48456fa6a8d6d5705d8fb4d9048dcc58bd20a4ce7d
