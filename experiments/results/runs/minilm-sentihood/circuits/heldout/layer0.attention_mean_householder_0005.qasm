// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.4591081643000163) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b98087c9a33900017c27f629c1f0758725c9d56920cb3019f9e42287fe9faf91
