// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.026973691378731) q[0];
ry(1.510647351795825) q[0];
rz(-0.0990937520915196) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c1ee298adce5c5a98a434459fa13a9b716b0aac99334b9d7bc0624d51f38b21
