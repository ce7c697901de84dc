// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.340957106534209) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b196f1150d9ee89c594327f02f044e0fb0b643b232f707fabcf45ebadd9c9214
