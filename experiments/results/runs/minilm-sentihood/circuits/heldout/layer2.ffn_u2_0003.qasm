// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2957604129290443) q[0];
ry(1.648954097326341) q[0];
rz(0.023785716217628927) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 414c6b9117b08629ee8ac6ac22e91d2c8ab2d9f1826d054e721fa6b60803c5b6
