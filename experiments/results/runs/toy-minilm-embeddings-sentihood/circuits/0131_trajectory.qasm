// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5147095223654498) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45d545f6090959b9817600a0af7c7254cb34527a9ecb05cac6cf0980109c58b7
