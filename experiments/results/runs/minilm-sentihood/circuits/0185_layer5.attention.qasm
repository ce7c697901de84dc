// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.0218604350446863) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e7dc8febdb9fe55e0df1cd1456bfe98b94ac6733a7d47704ccf315b1ca04613
