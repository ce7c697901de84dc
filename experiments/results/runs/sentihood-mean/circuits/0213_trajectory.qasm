// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4702341024987478) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c4283c05f4dbfb7f33f01e578a62045198eb89f1e486846f80e4d664ddef6ff
