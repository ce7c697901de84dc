// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5929046152328141) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cfc60c470056f5217ebf562c28a7dcca1678c737619d14347572f1e9f4c040b1
