// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.994780327813373) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0433cc6833a393a31222f86b1646503bb7b8d46a721e7fca23f2d3e0bc123ab5
