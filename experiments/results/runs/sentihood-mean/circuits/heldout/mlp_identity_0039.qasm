// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7264023110887665) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 36862e67f8dc92e07cdcc3ab68b729117e5509c43eb4edff3d1376de0c059f82
