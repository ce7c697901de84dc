// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.421143751848857) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a00097135dbc996d704e3ddc0af8fc981f38e3e1ae5a5428f1c7b49185fd111b
