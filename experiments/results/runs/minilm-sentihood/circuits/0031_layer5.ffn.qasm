// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.2096482352436522) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e29c40904bf42d0f0ee6bee6eff3966af9ac7f4ca41a4a7b1edb92cc6c028dda
