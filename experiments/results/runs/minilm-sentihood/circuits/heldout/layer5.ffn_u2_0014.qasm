// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24190145420759235) q[0];
ry(1.8638034329459188) q[0];
rz(0.07114421681348748) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 97a53d4cb7c1b2deeaaad0821ee78ddb4806087502fdf206a371d7df88062866
