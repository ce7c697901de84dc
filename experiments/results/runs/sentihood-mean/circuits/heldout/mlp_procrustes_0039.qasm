// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9646261975152484) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 92822f4be8ded4fe082d0d3d2ff1ae29b34c03a6f5b16a07b1f38b21c5ded160
