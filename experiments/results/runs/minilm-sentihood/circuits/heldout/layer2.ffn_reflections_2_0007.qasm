// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.199743240986217) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fd93328773bbf1ee3c972e3d6641fbba41bce04c31b029bd8120e7f91154420d
