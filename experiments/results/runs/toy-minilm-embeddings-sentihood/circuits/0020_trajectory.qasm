// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.98119077186054) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9dd0cb46b7996b1871a543900b3bfd15cb3e6bb9f0f4ea018117b5b59d86fb46
