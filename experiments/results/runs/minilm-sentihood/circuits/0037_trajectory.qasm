// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7798798029777783) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 676a388267019a3b24161ca69b1b074bbb2e77bf788ef3600ef78d4eca00c8d5
