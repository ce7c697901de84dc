// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5105081488000667) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2ef9227b7b6fd8b2740338a5d8bd44182dc719558b89bbc28ad405b1565373cf
