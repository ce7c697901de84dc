// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5939981800441627) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3025d8532f00e07aad080566941a855dcc65139009b8a333c7765276e13a5124
