// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7345491749854507) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f0965e13d04f2ab35463e48837bd9dcbfc34d1135b0f28bedc17893aaa2b4e10
