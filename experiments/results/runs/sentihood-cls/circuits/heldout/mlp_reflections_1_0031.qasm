// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.020885752301391) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6ed6362aad8454fab3e133dbf87616186fa659735185befacaa41c183155a9c4
