// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0709411125361883) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0617bffb563903b7a2f0a25d85d00079744b95b9faaa495c1b62c2b2086cbb85
