// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.66802270452739) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3cb220dbe1e3bc7aec97f8b3ba59f4e4f77644444ffc8cdd9eaf0391a9a55cdd
