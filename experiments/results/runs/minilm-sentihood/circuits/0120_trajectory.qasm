// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.962698517406717) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f6572cbc306596dd748e85b96aeb0f2d96ebe8789096c6be1046b5eadb3cc293
