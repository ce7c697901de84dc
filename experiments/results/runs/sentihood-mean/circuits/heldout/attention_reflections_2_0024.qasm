// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6062140152280842) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f7100b7044bbdf541d6c404c71ff03b67ddbb5f6229e6f935f50c973acd892da
