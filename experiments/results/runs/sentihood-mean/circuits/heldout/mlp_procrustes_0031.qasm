// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4835165453855277) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 68c4b0876257fe221143b77b973ed7ec665f69b80ad02e31aaedbf6b446b7bf5
