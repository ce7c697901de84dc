// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3694626807833048) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 97a68031130ac777c8f22d0b9e3cd469e36bf7f6b0c96b65866dbe4864aba9cd
