// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3626543542122727) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 afc9446e558e804aa0ede58cac6cb42eb1ba4354ec5345e7c58f7f75b158fd00
