// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7112004155501288) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 215bb1feebc2196067e58d318c3bab44a8034a01e088885c6bceae948719e1f0
