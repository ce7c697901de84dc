// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.645979143334772) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a0ea35336da5e5b44d8115c5b81b0599c8321e348e9526fd1610d3efa91c9a14
