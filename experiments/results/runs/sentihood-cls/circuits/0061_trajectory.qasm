// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3658247254273734) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 682e6bb6820a5c9c8f97259d64e158844b0418879fc07d41a0913fa6ecb4d429
