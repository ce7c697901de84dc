// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.8751453471245368) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a6be6f6dea618a3b4c81a7be1047d0d9a69e3a4bc93d345d83dddc3e1b554ec1
