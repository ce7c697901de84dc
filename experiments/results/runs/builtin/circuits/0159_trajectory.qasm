// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6299744728981475) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8aeadb8bb0a75708fc2875f7b48f89d71755a3871f5a63f97fecd306aedc1693
