// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5936031355942126) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a3c1d36b16da70233976d11e72c2d64f0a6b6cd55897ba47114aaa17d9deb39d
