// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.701414178354663) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6b1f1880cf53dcc17c779af58e1d9321ecfdb84ef073e8357121d063b97bf71d
