// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0893861833765976) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a23204f3b8db2ce136843942405a60b523e736e83d0b387031f75aefa327f931
