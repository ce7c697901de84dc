// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.407686890628645) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e14f2f0a26e2326f1a1a060c01b3159c822eb56ece6c5245c346b4876a0e3786
