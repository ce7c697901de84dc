// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.29146321430782746) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 de66c86aba327908d597e457e514f0c3bd681070fc516d91cde361ce33f88ad7
