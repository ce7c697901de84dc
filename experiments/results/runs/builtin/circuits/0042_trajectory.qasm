// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.232513400545182) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a6197cc941535f51a58f2607de86f6a1afa5a801d243d7662b8e4aa8b695fa1
