// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.7452185807555322) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9ad4bdc6d0f4b57ba86d3245c042dac94d1eb799735803ebeaef89a33d0e149d
