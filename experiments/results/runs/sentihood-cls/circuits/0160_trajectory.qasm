// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5102035157208946) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9229ac5e867c9601b5efdd65d129428768743189a9f9a2f48d6435a7a1e55659
