// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.49035355357092775) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e974e2e4d8d6617e846598fcbfe509f671ca90f0ce9aee6d560e2a289fc46e3f
