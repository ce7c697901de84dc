// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8270714690054387) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 28d0a24aaa2a12ac73f224adc9b732a21a71123002ce42a3784d88683d0892fa
