// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.5568063592883958) q[0];
ry(2.5587054529751647) q[0];
rz(0.47929789826873925) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 38acf10dc0cfd7dbcab7d7274f99e678b280ef52f702f90c861caafd5d1b6f13
