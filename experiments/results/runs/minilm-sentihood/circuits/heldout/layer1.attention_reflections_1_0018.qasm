// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.135214689153735) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cd2d0b6f35a7ae07f0eba682fb7b6b4f13a149fefc91ea65fcdefc233bea3ccf
