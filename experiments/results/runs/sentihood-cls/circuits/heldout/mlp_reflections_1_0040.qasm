// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3110783647870015) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aaf3f3c1ce50707740ea2d2d10a42415e3201c9452111a6e2b249cc2321a3b3a
