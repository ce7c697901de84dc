// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.8444622815578898) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 24447554a14ce76968571edf56e261d4be21dc345358c73735ebd8fbde919569
