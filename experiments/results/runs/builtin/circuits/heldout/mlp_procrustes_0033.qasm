// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.21331327934706976) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7fd1baee6d14a9238d10e96ed4d7d43ddd66285c4913d60fb31ded3efcd94ed1
