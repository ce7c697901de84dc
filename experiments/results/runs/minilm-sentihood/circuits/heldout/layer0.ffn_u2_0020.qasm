// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1769134636225389) q[0];
ry(2.1530450316064385) q[0];
rz(0.09799823777950767) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a97c132e5ac00d96c766b0a1578882cc2d55b6c9c69f59b272f4eb37a3ea9c43
