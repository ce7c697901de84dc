// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6554133589202715) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d7506c0e514d34e374c4c4a5c930d3666fef6fe4048c4cb838ea1c5619c5f57a
