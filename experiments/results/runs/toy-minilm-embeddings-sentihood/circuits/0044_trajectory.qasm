// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.38630842729863885) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c43b2d3fe0d36832c4b41d88dfd25d1ea610f78255d2a1b58915d1e79b010033
