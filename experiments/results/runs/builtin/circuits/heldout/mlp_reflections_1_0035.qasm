// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.412194764883721) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d295acc4b8f9b32897ca71ca5bbdf651220a0fccb04e2dc6e5a1e4ea1337a8c4
