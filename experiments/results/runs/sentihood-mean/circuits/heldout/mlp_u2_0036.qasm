// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0949625770282894) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 690a45f2e71a757d13a9ec2da093446326c0aeed4809dc92f98d5c11c8077048
