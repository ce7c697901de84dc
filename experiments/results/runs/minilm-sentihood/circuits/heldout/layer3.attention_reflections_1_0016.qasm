// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5804814687867421) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 98b4d94d5ed195286033932406a856802e346c44445ddd2ac85c53c99033f2ba
