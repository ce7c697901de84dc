// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3805670525061441) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6d54212d23c0bd60fb577386000223a5745025bb07381bbd7f809b0e2468779d
