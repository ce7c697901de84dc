// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5090073544378715) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d4c9c9d9f0aed2a7e133d78c9c6354f29f9444dd959738bdb91911037333ea2c
