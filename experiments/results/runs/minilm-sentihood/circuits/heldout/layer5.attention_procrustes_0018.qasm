// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2597156798007094) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8ee0ab7313be0a13d140b07538187e14ea001fd99aacf81ddff66ff7b8bc04b8
