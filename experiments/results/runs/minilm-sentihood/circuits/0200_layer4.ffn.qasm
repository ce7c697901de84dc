// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.136031593558771) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 157a521d47dde8d2c2ceaf7e4d45c74bfcefb5702bfb613da0193ee8b551f5fe
