// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1072624848287203) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 264fd25bba48c691271d209356b1f1b2dac4cd7f1d1c455e9abf4a44b739c64f
