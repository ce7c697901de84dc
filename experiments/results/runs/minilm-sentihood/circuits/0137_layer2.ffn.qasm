// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.319508242045549) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ba58fc8a5f4125a0a670bedd579646b84f75cc48e5b031ff9d3bfe5ba41eda08
