// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.708407959011324) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f50fe8d7b13be221fcfdc98624c6c7b5c3f5b3c39044a4fcf3e4c3ba297df129
