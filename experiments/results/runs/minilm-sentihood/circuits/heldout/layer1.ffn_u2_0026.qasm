// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.36364619352330907) q[0];
ry(1.1220971673235174) q[0];
rz(-0.16361375848943727) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05b200a4a387a309ccafc71797686650754d3d678301be0025ae6679e2e87f85
