// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.525458929604538) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e8e1e7d7c748032ef991e408ddd371111f5b29cc25639243693823a1f42bdb5
