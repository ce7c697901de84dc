// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4964558873361333) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2acd114ab25e760350702e91688138328d0870f329020e02718cb6d9e06175ce
