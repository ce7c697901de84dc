// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7783485982032854) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0813fa21c454ec242d897a9e8cf2e7de2a9942af8f74bfd4dfc5c2de3a7136e8
