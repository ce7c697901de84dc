// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.30841312616497296) q[0];
ry(2.0365169804028658) q[0];
rz(0.14209890587677299) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 26ae821461989710467ddfa03c366f00c8b9a193512a694f93b854807713a9f6
