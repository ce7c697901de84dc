// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29914045471632056) q[0];
ry(1.4087524319448956) q[0];
rz(-0.04971406727347816) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 64dd1325ce315d5f634fe000af9e14472077eb6783bd2ffb3002bf2ecc1c439b
