// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.4231074374292896) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b0cfcd3c2c10692d0e51b71e497d5d81ef2d7b27e0e2f342e6b413ab0cb486c
