// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.1899825911045967) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 482bf1f55dc4b9efd95ae6df46407c82f1e8a2cfda28f1e50e8b8b0dfe8d21a0
