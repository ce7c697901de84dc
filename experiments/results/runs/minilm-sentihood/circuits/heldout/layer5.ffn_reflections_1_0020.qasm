// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5664070419381297) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0899d7ca6cff625c7985e87e216a6f05637951f48608f93d3583f7ccbfd658c3
