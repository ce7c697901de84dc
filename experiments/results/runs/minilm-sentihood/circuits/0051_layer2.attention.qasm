// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.8218675905892947) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c63738cbbd9eaa933feedfd49d9ff0d7a4e4bbdc85939d3333a04ba8f3cfb93f
