// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0208831502533267) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eb3abba5d1b8a8c69315fbee3c6ca7ee4383500f0dabaacf901420b2178cac70
