// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4870775090993953) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec9cf03687d206bd338b16f35d86e7893c2278e10ec2b7688168a1257b96610c
