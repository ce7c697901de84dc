// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.390834123573569) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0174ed8814546a311f7fd44d664b64b96055f373a44159c47278bcc999d804d2
