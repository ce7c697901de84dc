// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0289964320614975) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e2ea172d6f48138089606f96dba6b959eb73184df40bd5855aeb647faadc9756
