// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7783459334566962) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b026e70e012cfb98d65a2258f1c23974956e3f87d1fb8b3740b233601c7de1b
