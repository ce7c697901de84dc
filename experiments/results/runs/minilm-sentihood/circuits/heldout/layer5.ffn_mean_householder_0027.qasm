// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.962472935843386) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 85258e33be9872b675f8f68efd979e3678c9da4dc4e5043e42419e598832768f
