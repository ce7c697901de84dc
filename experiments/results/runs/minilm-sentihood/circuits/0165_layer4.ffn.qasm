// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.0253463433318444) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2e048ab1b1de31688e5fbe7d5cb07b8fd64f0b542dbb3f6cf15d796c1d8fa3fe
