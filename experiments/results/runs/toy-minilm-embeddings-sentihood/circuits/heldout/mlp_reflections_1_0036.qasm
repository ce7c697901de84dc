// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.4637689775778664) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 88561b4fcb45e944444cbd2d96eee92fcd11117a28aa83300a39bb2dc52b3ad0
