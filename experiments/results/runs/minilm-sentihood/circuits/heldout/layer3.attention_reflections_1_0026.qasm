// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3824401002169666) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ee5f90784cb2249e364f60b2f2c02985568e4b51adba1a5da89ddd4821b96499
