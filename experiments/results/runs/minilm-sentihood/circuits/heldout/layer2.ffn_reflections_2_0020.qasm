// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.549192087516088) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 692fdcdfa86b9611b79323f33a3b2b344a8d3ca68530fc43685afa5d20d19d37
