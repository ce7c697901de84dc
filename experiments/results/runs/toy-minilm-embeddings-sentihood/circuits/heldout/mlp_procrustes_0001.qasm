// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0350749376971504) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8b2e034f26877f29a9b481d57ae2d9bee1e90e5277eabbc9d984c151a8ebb594
