// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.8157770335973333) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 71b28d55c59765f3ab8843ae6b3b0e22a12b3f08a75903e65986862194189379
