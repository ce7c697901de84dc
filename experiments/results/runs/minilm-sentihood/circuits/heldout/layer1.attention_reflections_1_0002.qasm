// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.156600877070996) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8444a521f2231cf86dd81378da53f1923a24828d69ef37f9bab54594c66370b2
