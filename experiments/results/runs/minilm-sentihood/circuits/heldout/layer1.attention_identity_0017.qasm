// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9120643180948219) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45088cb98c353be168fb4f11fbe7215c635fb577a5932067f8b9dc0ad6db5054
