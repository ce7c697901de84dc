// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.386095778591142) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea166ba1e50b0bf97e66428a0f70263c8f75c94b7755d4cf2eaec2246fcc1b7a
