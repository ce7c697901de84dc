// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.530819158729977) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 56c00a9902a894e66f682f3ad113b62d9282c8dcac16b1fbb4d8e0099f2a1782
