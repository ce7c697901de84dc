// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3751138210049137) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 87755a03709ca703168335c89a4e4185b2ebe23fc0becb191b26ae734be0b581
