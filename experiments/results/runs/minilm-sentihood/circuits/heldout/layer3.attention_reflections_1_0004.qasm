// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.002331785006493) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a650d23f80c23c0b6bbcac96fe672338e457bd6a0502cec941b07f95b4b2bd13
