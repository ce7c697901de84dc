// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6233980759813362) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f4479e8620a6cae073303b84a43a1175d0b7e09429e482f2db13dfa4879f53ab
