// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.753941987026303) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 01f173a0609da312c63583a55efb929af62d54b78dff396bed479ee45944d670
