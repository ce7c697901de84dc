// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3860950625976216) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3eaca38954bea06b9b6d2ea5d96585468720b5ac20a9898c1331a171d1fc2877
