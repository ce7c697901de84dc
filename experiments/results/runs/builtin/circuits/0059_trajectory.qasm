// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6485367997485643) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc68c0e6e449c6f86f4c341fa591204a67dfe68d493cc87a2b20c29e5fd6c632
