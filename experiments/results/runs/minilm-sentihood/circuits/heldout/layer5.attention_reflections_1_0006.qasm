// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4733451972223823) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4489589a3664e8bd2e7828eef8cb07f313633601d44981901c98f37cfabcaf83
