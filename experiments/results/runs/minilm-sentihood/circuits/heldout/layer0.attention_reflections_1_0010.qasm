// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5005683670174113) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb7a914a08e7ea076712759bbc48a7018a12a4a7724912e2f16ed0d5015ca1e0
