// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3510909598162968) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9db24a791d9176dc1ba3ccbef085068c22acecb5b95549de268343d7eaf789c8
