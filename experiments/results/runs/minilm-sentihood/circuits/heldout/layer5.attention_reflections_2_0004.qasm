// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.075350883373606) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 89d514b978a86d05f809f38096c3e81472406cc6ea74c0d373197a9b88201559
