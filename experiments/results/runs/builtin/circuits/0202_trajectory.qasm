// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5173163280621074) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f588365a28626ba47560a8f8cd08f4cebc08ffcf6ce1418b61b79e18f04c7b6b
