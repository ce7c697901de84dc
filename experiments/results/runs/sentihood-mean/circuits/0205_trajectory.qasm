// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.369776955862543) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c73e577ae26b9502d0c76ec8118d3f952bb240d1fa48c17cd4b0a097994fbbf
