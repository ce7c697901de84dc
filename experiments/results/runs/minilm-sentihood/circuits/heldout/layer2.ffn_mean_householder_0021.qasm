// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.13707522501076114) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 58f78a01d7168c7f7bd8cb0eb4d5559feb243a9c8ae6fee8e95113d03cf3b834
