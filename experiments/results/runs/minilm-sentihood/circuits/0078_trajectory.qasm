// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8967889165441183) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0989fc9ce6b2c3c6c7b88c332b9547b74ddc90e4ffee988e8b1669c88da155c8
