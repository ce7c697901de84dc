// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7669965632062146) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 575f9f83d0f19538008a768289bc95e36fcbc1357e1954f575f8912f10257e96
