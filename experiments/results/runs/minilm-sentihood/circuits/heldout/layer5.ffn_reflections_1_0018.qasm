// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.4076872023887455) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 48e8a71a3d7508713829034c860a4cd07591f6c78f77a098c0345a52b70e85c9
