// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4345967734456102) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df65a5388b7f4951fc3d49c0947b373d0b8cb8f17887217e6a8a9317418755a3
