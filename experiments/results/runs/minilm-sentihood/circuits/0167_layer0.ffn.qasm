// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.9112066009157271) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2959c8aeaf21e1b672aa2c99f26e2e1989203561a77a9d6e2a8abf3bb1a2d3ff
