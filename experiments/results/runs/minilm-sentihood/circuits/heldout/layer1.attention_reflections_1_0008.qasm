// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.2766220480345134) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8f2da159ea9eda79aff6349bbb20730289c8d2c459323baf1c9e21ef690df229
