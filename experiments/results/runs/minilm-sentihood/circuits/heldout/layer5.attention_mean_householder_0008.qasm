// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.5890059320012911) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 557221c85c766752a911326e4e4ac01df3f1356fc8574d797071f15eac79f273
