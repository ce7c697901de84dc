// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.06653723514388554) q[0];
ry(0.6961458772883155) q[0];
rz(-0.05108630044875628) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9535edfa0dd03ebb3f7dd610ebf1c014c09d021636dae78500e09a1961a38961
