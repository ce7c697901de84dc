// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0598870164203094) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05d77fd5af541b32728beb21c569d737082a4d33fd46a662b07de2c6566ed916
