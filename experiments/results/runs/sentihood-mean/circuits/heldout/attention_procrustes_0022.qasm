// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4920145861911351) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fc164c73810228440a36cc577b3d0d4206354c709f110ee25f856b9086371451
