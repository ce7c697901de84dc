// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5318858721972004) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0c20f6a3239d2f73e7da4c5c765e26feff9aa01abefc6ef6f6b4733d07850377
