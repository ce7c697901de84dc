// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.284822294480443) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 73f4b2c49dafa95fa5fe2711fc51c1bf3aadd594caf877a6228ab13b12879cc6
