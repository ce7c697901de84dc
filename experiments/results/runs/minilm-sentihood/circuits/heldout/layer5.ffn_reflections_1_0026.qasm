// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7539419870262536) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 21c20ccb695341a6bfb164161c99fdf54bd2c0757d374d1a00c46c1ae19d0a00
