// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.457680795908071) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bab2afb3ed2d4ab47d3e2c23d20f52f78929c55355b97e48dfc5af6787024033
