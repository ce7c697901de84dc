// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6427039953258367) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e0df40ff791e33c4c03e82bb3ce9a06f11ab571ade82af9b13898d2dc015e05f
