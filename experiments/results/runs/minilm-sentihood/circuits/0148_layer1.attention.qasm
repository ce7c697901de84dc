// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5546959824853557) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3a3c86dd2bc0a56f74d332c01f65f7519c5c82f5c436e389b2a1b603dcd51cfd
