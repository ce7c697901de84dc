// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.211043086276559) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4c9210368cab0c0c2f9dd41ed41d6743f3ae18a7ef7f5173b245a4ebeb70db36
