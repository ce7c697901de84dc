// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.361024666966839) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1c524caa36b8f698581f5fcce3cf087ba188d39aebbf6723cc4e16462c3e9043
