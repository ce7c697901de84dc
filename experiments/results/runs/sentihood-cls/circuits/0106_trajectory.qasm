// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5970281085840148) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e523a9e8cc32ac51e1826b5f132e7400e17c8032c6d63a6aabc457df610358e2
