// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.870489384289436) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c2fb517d1c86eacd13ca447cdec721f120c62dfc3e09924f768a0d4d9e7ed6af
