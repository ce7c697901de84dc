// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6965583252003245) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 62dc3a2497e0da33a463a353eab02abdd052407eb7b885688fcc8887b3393c91
