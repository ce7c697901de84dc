// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.443219517575653) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bed019800d8b86da0b5a66d8396ff853da2fe9c243e5df9f60a423b408edade2
