// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.522038227519087) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 93f6357e9007cd0d27d7ad338480c4f3a0ac2ae540ed3fcca7415dce8cef2f8c
