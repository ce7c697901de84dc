// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5221747239547132) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e8d87b7cf070d618d21952bcb43e42994dcad53cf5bb5e036d3f04d25088036c
