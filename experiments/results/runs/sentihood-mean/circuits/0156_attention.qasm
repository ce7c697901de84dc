// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4767126068693817) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e5e4af91f7a2b913dbee4134cb2eec22fba8e6e0f1c5d61e076e2e8e50ef377f
