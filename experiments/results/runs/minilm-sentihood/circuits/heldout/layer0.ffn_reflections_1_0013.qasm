// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3926965178532698) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d7757a0bfffa9a97e2e33d6338c2b5e86dc2cce5191bcc2066d3abcefd2f96ae
