// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0597052180104702) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 36a1ed21539eb390f01d15a2525346ad5eb85b3081a5cfa750d2f1be6bc466bc
