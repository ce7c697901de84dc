// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.674256073815289) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3933b4fd76f4dcd76d260ca4c7eb11d90954fde11ed43a4cd742dec5ac5ccab5
