// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5736453613793793) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aaeefc6f6b9c6597b8dab5c90776600db0af8b1e0db99a1f94ad3075ea10706c
