// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4450080436628472) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c1bbbe9c933b7641b59a62973bd6e4ec4df4d657d765cfac95681a7b691b6b03
