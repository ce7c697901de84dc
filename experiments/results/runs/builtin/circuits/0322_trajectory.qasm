// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.886639433056179) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cefb07d42ffc32e4880a11165b3086df41fec7a93f27c3f5c4f05f006393897f
