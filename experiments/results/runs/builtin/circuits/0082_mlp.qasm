// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.290921293467967) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aed1e0c3f51fe72f17f935c58ea84d1dd7d6f2ae7207b40255e18b2686444bc4
