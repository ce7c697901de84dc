// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.297981487646145) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4414430cfdd961f6ae7d9de33a27f6f8c42851a2f245b33b0a0eaf90e39dea86
