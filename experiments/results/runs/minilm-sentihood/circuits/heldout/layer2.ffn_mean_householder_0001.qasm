// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.72746065408509) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ecde23967a41c2fd8b0c128786b256c1f80d379ab7884409cbbd405005fb0076
