// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3015358970765041) q[0];
ry(1.367870593341117) q[0];
rz(-0.06259977666372318) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ee3ac0138149cebca6483a93f78cd4bfaf1f46f6cb69407d9b471cd7c0b6d4d2
