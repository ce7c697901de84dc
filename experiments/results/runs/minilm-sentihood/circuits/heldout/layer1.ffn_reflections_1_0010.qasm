// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.159937078757614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ad1c919689cdea1b78912ea842ee366de7c0bcbd211de41b6b9ef54716b6a38f
