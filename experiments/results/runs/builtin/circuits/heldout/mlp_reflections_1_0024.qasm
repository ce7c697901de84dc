// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5447737417553773) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 586b6e8bfbf6e5eaad9d9bc4b8ea460727e72705e0ba0a40a0a1e592406b87c7
