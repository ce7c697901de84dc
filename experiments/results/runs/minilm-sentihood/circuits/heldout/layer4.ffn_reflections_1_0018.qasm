// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.2979720246142645) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e782622a32f3e17706d2be606cf6975cc841af168e2e66f3ff51ebed925ffe6
