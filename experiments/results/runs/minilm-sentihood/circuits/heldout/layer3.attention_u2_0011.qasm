// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.21913835036917373) q[0];
ry(1.9550742910414267) q[0];
rz(0.0833003331240989) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 65d27a53a306b5baa7b21ebf086cbef4b8fa4ea73b312fea611fc0938ab77005
