// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1345623267071443) q[0];
ry(1.0615834739599106) q[0];
rz(-0.06590105249416922) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8abffff9b17ca16b9c21c8804841b6017008bc8a0f955baf9893762611f8408d
