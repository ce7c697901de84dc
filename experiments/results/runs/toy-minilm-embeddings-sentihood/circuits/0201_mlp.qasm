// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.457196218660788) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 35f5bf25d1a4f25a8e7836d1a442c965fdfe0e3ec6ec6fa4df755f021cc3b35d
