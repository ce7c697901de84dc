// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.722934216726683) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f589da72e37e45f62ce4d24999027851f31573f029030775ef74f3b0c66d20e6
