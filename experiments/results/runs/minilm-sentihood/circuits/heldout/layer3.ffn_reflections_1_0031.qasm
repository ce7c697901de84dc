// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8440071997905523) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f7c658b26a523619f6d2b204c3c81adcb8bfb36d7cd047544c63036acdd1b18f
