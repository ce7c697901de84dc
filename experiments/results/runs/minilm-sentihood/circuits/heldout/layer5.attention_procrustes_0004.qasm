// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.074633840966898) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb0d8a1d7287c25141b7904eda3a52bee9229eb37cbe529987c3ac115f6913a9
