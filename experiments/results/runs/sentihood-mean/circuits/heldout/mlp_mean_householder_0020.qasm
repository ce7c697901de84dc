// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.0316703237406277) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d4076cf2c356057ba1028ade8289a5f104c7298bdeda82ed0eb1c2565d8aa3b0
