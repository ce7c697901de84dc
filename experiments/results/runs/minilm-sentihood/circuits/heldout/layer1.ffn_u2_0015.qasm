// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3302260609170564) q[0];
ry(1.7236565598285312) q[0];
rz(0.05214591204361385) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6edf312abd2176ca48fd44a2808db9568fa048b6667450e474290d32a9d01c13
