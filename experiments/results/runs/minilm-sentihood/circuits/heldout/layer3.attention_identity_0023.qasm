// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.161129912582241) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3508df51f572b3068cbe2b06b92aebb888a1be5d0ec5043b372d322e528022b5
