// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6304227451262594) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e9078939e9add998c2fb5707b9d162948f2740ae210f53df9d51d9bb60eba3a4
