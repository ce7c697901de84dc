// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0481913151334878) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 92b3dc008ca34411de058756e7ced75fdb85931cf9dd9cb7c08f2ba40d4464da
