// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.101459060411242) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 956237e50a82b2b417d671a244464da52a84e639b9aadc2d013b4e99dc14c9ac
