// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.38704378268190753) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8212209b56a8d7cba12e2d95ee15d1872e618f51de19ca15a93a87d264a8fcda
