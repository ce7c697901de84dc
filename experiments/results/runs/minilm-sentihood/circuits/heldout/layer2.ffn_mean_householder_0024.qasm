// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7465529445477298) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5cb035ad7b2a47af8c08eb48bc53b82435b29437a1d918f1400366616452e1c3
