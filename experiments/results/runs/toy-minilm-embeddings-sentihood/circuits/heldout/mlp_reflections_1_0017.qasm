// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3007038751143194) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 37c6cb3a7f2c645fe55b3e46e662d587de022bb2b3a56b3868d5e19c5cfa2625
