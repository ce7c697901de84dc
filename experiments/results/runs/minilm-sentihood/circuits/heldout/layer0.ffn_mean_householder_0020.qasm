// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8053218464944703) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c769e55fcc4bfd8ed9555c5b4194905552c5e6ba6955ac87189740ba105b35e4
