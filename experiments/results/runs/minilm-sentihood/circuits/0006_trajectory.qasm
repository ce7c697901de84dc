// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6168923224434493) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d02fa1b55b2258c1ceca23a074b5cdb9b09835a1dab5b54351a6b4ac668be4eb
