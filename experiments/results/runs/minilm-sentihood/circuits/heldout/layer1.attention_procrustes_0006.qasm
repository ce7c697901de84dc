// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9619751228959084) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 25f392028c422f11e33d2709ae4169eaee54ecf2f8fe516736a6389f27b225c7
