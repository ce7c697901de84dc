// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8703241346856885) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c48a209d0632186fc02abe7f0c3ce264b8befc70015eb1be4432d7daac9ea288
