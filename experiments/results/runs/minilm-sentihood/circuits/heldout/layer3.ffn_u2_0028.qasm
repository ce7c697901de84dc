// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.47240070980865445) q[0];
ry(0.5405343157680925) q[0];
rz(-0.4129474209512356) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 50bb44d0ce27f17c584dff316d78e0e1b1cdc0f809cb68a84a29dcb7036aab88
