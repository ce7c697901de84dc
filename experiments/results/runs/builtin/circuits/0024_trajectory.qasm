// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1070106380480853) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f549aba20cd670db69d0ff651fc81cc303f582437b8892310de2d3b54524d379
