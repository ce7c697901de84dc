// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.002530735216791) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9ec9896e68e620e965c79cd063885b5ea228cc86c30250e4436032e422e960c
