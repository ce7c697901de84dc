// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.5325983883341827) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 76ac0c1f6a1f19cfd821a9659ab73a57e7d45cd1be10c1d77feb54640c5dca2a
