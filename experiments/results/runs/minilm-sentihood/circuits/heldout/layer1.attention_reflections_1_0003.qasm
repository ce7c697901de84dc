// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.152279247663328) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cf54279f09cda23e8ccb015fea260a555e4bc4fd39620561c917c3739313f90b
