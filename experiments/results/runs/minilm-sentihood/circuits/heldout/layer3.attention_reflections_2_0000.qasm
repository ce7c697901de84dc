// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1770679706848355) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b7fa0461bd69a82e04df64520b990cd025adfcb5d3bd5edeab46b428f7ee3e3d
