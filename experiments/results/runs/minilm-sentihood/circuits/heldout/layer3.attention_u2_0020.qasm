// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.307758405449019) q[0];
ry(2.4136991329470767) q[0];
rz(0.23299556747571293) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f8ae04c43de1b58158dc4aa9f206561e1688a09e7d2f3990db7e3eaf2da84fe0
