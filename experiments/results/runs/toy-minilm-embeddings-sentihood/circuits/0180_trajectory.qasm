// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1261923094295865) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2fff08686b5803c0b910671d4202a237bb400eb47d039e4fbcd7190169f1330
