// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.2083020252322094) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a7f4bbd405df1f236d0fb3862c9992aed674297c3c98942950f09f614c32346e
