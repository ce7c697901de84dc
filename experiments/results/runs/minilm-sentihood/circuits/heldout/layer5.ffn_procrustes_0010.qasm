// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4577062201526283) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b62475f1c1aec3775c43f1ee289d2bd74aa4bdf1f7719893583c2b206a57a2b0
