// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.587520052608115) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 786d7d8964709d0cc0d430ab14d3e9cf3880ec9e91012c8817d0d749cb2daf29
