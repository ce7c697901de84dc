// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23639490518442718) q[0];
ry(1.5509971320769353) q[0];
rz(-0.00476925969470976) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ed7f31b6aa8e1c77db3c09c9ebf57a199b203a1dc6658ee500ad368c426928ed
