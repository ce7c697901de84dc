// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2049870196934835) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4cd68238e2aca5b6fc73f2638c4a3c19edbb6e5553386e70b3d3c48507813e3a
