// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.886547424596393) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eb3dc8ef241874e76d487f7fe9dad744de021f941d6dcc1edc5cccf6cbb0bf25
