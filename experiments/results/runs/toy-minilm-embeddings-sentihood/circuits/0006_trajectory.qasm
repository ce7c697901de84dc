// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3968080190224943) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 50f7ffc2d4edd216bdc95a4aa6646f285aa4f5d255069875357d6594bd6db3df
