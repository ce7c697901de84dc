// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0213641519795191) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1de464e20cea417f7559a6168e1734d284e589cb81c832153b26a3d46c6afd6d
