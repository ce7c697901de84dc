// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0378033151905741) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a8a4b275bfcad9b1eb2b12d8d700786b88a9d7ac5ab2840be0201b8b16fde8b9
