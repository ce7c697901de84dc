// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4697838601081854) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ae7f7024a4170b06040d605e0bb2463620a1043558db894dd48cbbb13b9019fa
