// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6183540589495267) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7d4f8a2874c23923224efcf13f5af9d5cf264148b957b774e3f384caa27ec506
