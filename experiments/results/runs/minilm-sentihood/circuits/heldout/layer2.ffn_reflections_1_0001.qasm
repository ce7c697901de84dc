// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5039067963689643) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8707bca500774f101513e27cfe34c6cc56a3647370274378fdba82a538d0e632
