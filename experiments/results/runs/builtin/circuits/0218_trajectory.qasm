// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1065805336147037) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e7cbf72bd1d4e947f59207818cfc4cc803795e09109913eba1fbaa50d8c52b83
