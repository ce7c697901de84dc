// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7851123009562944) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f11e53f55a9c433674cf88a2b46c537e04014568f3ccfd6b93835e84c3a26dc7
