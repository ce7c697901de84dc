// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6233980759813376) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4fe7bd40c98bf78ba968fda422f6796b41a576113ceca390b41a97a88af22d35
