// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8496145048470116) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2b1777e1140578707cff999dd22b383157cacaa670cad8b025e0a687d5c760a5
