// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0289962718995365) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3a7cfe8badafe1457fac577e2195ac5abaee1db3eb8a076f406aa1f3a4ad6eec
