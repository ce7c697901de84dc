// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.9389238621529418) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fdbfc43d3d4c4c9b43de32de10a196fe6fa3b7bd07a52b0ce4adc258fe0dd95b
