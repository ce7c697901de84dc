// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.433504970809957) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8270c5bbd84bcc402224cb16454658a83527b807533dd7e96535e251eb2ba3a6
