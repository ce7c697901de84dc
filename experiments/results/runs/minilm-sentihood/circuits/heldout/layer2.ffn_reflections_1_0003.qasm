// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6515916599554854) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9097837b1fca01c7c1b800883a38b6c2a5f2528cfb43cdc5b1924f43f9858a81
