// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6106267905072904) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 50ea4c1d9e8dbf2a864a32261669ee06e8eed502e6fe6870153c6862b281210f
