// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7304426407854316) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7cd3d6bdd2be2ac48fe73283744186e6feb31eeed24bb827eeb4ccdb2a670e32
