// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.4884775885955113) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 edd564d2788431b3c74fb54719486097d1a9689141b1bf77a36ae582cdaa4170
