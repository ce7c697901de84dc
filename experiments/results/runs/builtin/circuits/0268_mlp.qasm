// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.7894301048863376) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a9b9b95b438b012d3ef5789e3edb519d8b1b1b34fef0e8e3b5c833ae6d6d3f9
