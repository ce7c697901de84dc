// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.135220052796051) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 021831430ec2f826a1a4cb7c19d7cdcb5208b3138b9f5e78eda8ca86bcfcf58c
