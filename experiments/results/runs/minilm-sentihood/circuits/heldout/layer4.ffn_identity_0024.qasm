// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9828227399887686) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 279a9003dc91488b500c1e2edcf1b97fb8f5dc8c36f1c93194c961f6009aea19
