// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.021634477476539) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7927720d73cad0f489aa62b4475cf443706407c86e57e56d9d8ac8110a9b7708
