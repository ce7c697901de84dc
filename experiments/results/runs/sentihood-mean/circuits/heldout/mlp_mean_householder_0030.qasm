// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5032766773048247) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 93df077385919bf199df01cf6cfb547b72658e159d7a4863872003294bb35a16
